import 'server-only'
import { revalidateTag, unstable_cache } from 'next/cache'

// Public pages are cached and tagged with what they show; a change to the data expires exactly the
// pages that show it. Each mutation calls one of the helpers below after its transaction commits.
export const tags = {
  network: 'network', // home page figures, map, newest signatories
  campaigns: 'campaigns',
  campaign: (slug: string) => `campaign:${slug}`,
  members: 'members', // the directory and its counts
  municipality: (slug: string) => `municipality:${slug}`,
  solutions: 'solutions',
  solution: (slug: string) => `solution:${slug}`,
  content: (slug: string) => `content:${slug}`,
  contentPages: 'content-pages', // every published content page at once: the site search
  partners: 'partners', // the experts and partners directory
  events: 'events', // /events, each event page (with its places left) and /events.ics
  resources: 'resources', // the guides and tools library's list and search
  resource: (slug: string) => `resource:${slug}`,
  asks: 'asks', // /asks: the places with the most asks, by state
  ask: (placeSlug: string) => `ask:${placeSlug}`, // a place's ask pages (one per campaign)
  groups: 'groups', // /groups and every group's public page
  group: (slug: string) => `group:${slug}`,
  hero: (page: string) => `hero:${page}`, // the hero image of the home page or a campaign page
} as const

/**
 * For a cached route handler that reads the database without a cached query (a streamed CSV file): tags its
 * response with the data it shows, as a cached query would, so the same mutations expire it.
 */
export async function tagResponse(...names: string[]) {
  await unstable_cache(async () => true, ['response-tags', ...names], { tags: names })()
}

function expire(...names: string[]) {
  for (const name of names) {
    try {
      // { expire: 0 }: the next request renders afresh (not stale-while-revalidate), so people see their change.
      revalidateTag(name, { expire: 0 })
    } catch (e) {
      // Outside a Next.js server (seed, CLI scripts) there is no cache to expire; anything else is a bug.
      if (!(e instanceof Error && e.message.includes('static generation store missing'))) throw e
    }
  }
}

/** A pledge was approved, rejected or withdrawn, or a municipality's facts changed. */
export function invalidateMunicipality(slug: string, campaignSlugs: string[] = []) {
  expire(
    tags.municipality(slug),
    tags.members,
    tags.network,
    tags.campaigns,
    ...campaignSlugs.map(tags.campaign),
  )
}

/** A report was verified or a target changed: profile, directory (compliance), network totals. */
export function invalidateProgress(slug: string) {
  expire(tags.municipality(slug), tags.members, tags.network)
}

export function invalidateContent(slug: string) {
  expire(tags.content(slug), tags.contentPages)
}

export function invalidateSolution(slug: string) {
  expire(tags.solution(slug), tags.solutions)
}

export function invalidateCampaign(slug: string) {
  expire(tags.campaign(slug), tags.campaigns, tags.network)
}

/** A page's hero image changed: the home page or one campaign page (its filtered views too). */
export function invalidateHero(page: string) {
  expire(tags.hero(page))
}

export function invalidatePartners() {
  expire(tags.partners)
}

/** An event was saved, published or withdrawn, or a registration took or gave back a place. */
export function invalidateEvents() {
  expire(tags.events)
}

/** A library entry was saved, published or taken off: its page, the list and the search. */
export function invalidateResource(slug: string) {
  expire(tags.resource(slug), tags.resources)
}

/** A signature was confirmed, a comment moderated or the place signed: its ask pages and the list. */
export function invalidateAsk(placeSlug: string) {
  expire(tags.ask(placeSlug), tags.asks)
}

/** A group, its members or its facts changed: its public page and the list of groups. */
export function invalidateGroup(slug: string) {
  expire(tags.group(slug), tags.groups)
}
