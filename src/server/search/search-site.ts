import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { publicPathOf } from '@/server/content/public-path'
import { searchMembers } from '@/server/municipalities/search-members'
import { searchSolutions } from '@/server/solutions/search-solutions'
import { searchResources } from '@/server/resources/search-resources'
import { searchWords } from '@/lib/domain/solution-search-text'
import { normalizeForSearch } from '@/lib/text'
import { matchFullText } from './match-full-text'

/** How many results each kind shows on /search; the rest are one link away, in that kind's own search. */
export const SITE_SEARCH_SHOWN = 5

export type SiteSearchGroup<T> = { total: number; items: T[] }

export type SiteSearchResult = {
  members: SiteSearchGroup<{ slug: string; name: string; state: string }>
  solutions: SiteSearchGroup<{ slug: string; title: string; summary: string }>
  resources: SiteSearchGroup<{ slug: string; title: string; summary: string; membersOnly: boolean }>
  pages: SiteSearchGroup<{ path: string; title: string; description: string | null }>
  /** startsAt as an ISO string: the cache keeps JSON. */
  events: SiteSearchGroup<{ slug: string; title: string; summary: string; startsAt: string }>
}

const group = <T>(items: T[], total = items.length): SiteSearchGroup<T> => ({
  total,
  items: items.slice(0, SITE_SEARCH_SHOWN),
})

/**
 * Published content pages (not the home page's blocks) and events matching `q` through the full-text index, as
 * solutions and guides: pages best match first, events newest first (decision 0016).
 */
async function matchPagesAndEvents(q: string) {
  const [pageMatches, eventMatches] = await Promise.all([
    matchFullText({ table: 'ContentPage', q }),
    matchFullText({ table: 'Event', q }),
  ])
  const [pages, events] = await Promise.all([
    db.contentPage.findMany({
      where: { id: { in: pageMatches.map((m) => m.id) }, NOT: { slug: { startsWith: 'home/' } } },
      select: { id: true, slug: true, title: true, description: true },
    }),
    db.event.findMany({
      where: { id: { in: eventMatches.map((m) => m.id) } },
      select: { slug: true, title: true, summary: true, startsAt: true },
      orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    }),
  ])
  const order = new Map(pageMatches.map((m, i) => [m.id, i]))
  return { pages: pages.toSorted((a, b) => order.get(a.id)! - order.get(b.id)!), events }
}

async function search(q: string): Promise<SiteSearchResult> {
  const [members, solutions, resources, { pages, events }] = await Promise.all([
    searchMembers({ q }),
    searchSolutions({ q }),
    searchResources({ q }),
    matchPagesAndEvents(q),
  ])
  return {
    members: group(
      members.items.map((m) => ({ slug: m.slug, name: m.name, state: m.state })),
      members.total,
    ),
    solutions: group(
      solutions.items.map((s) => ({ slug: s.slug, title: s.title, summary: s.summary })),
      solutions.total,
    ),
    resources: group(
      resources.items.map((r) => ({
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        membersOnly: r.membersOnly,
      })),
      resources.total,
    ),
    pages: group(
      pages.map((p) => ({ path: publicPathOf(p.slug), title: p.title, description: p.description })),
    ),
    events: group(
      events.map(({ slug, title, summary, startsAt }) => ({
        slug,
        title,
        summary,
        startsAt: startsAt.toISOString(),
      })),
    ),
  }
}

/**
 * The whole site searched for `q`, grouped by kind: members (by name); solutions, guides, content pages and
 * events by the databases' full-text search (stemmed, every word), events newest first and the rest best match
 * first. Cached under the tags of everything it shows. An empty query finds nothing.
 */
export async function searchSite({ q }: { q: string }): Promise<SiteSearchResult | null> {
  if (searchWords(q).length === 0) return null
  return unstable_cache(() => search(q), ['search-site', normalizeForSearch(q)], {
    tags: [tags.members, tags.solutions, tags.resources, tags.contentPages, tags.events],
    revalidate: 3600,
  })()
}
