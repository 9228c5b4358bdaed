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
 * Whether a text holds every word, each at the start of one of its words ("flood" finds "flooding"). For the
 * few dozen content pages and events, read whole: the members, solutions and guides have the databases'
 * own indexes (the directory's name search, FTS5 / tsvector).
 */
function hasEveryWord(text: string, words: string[]): boolean {
  const normalized = ` ${normalizeForSearch(text)}`
  return words.every((w) => normalized.includes(` ${w}`))
}

async function search(q: string): Promise<SiteSearchResult> {
  const words = searchWords(q)
  const [members, solutions, resources, pages, events] = await Promise.all([
    searchMembers({ q }),
    searchSolutions({ q }),
    searchResources({ q }),
    db.contentPage.findMany({
      where: { status: 'PUBLISHED', NOT: { slug: { startsWith: 'home/' } } },
      select: { slug: true, title: true, description: true, body: true },
      orderBy: { title: 'asc' },
    }),
    db.event.findMany({
      where: { status: 'PUBLISHED' },
      select: { slug: true, title: true, summary: true, description: true, startsAt: true },
      orderBy: { startsAt: 'desc' },
    }),
  ])
  const foundPages = pages.filter((p) => hasEveryWord(`${p.title} ${p.description ?? ''} ${p.body}`, words))
  const foundEvents = events.filter((e) => hasEveryWord(`${e.title} ${e.summary} ${e.description}`, words))
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
      foundPages.map((p) => ({ path: publicPathOf(p.slug), title: p.title, description: p.description })),
    ),
    events: group(
      foundEvents.map(({ slug, title, summary, startsAt }) => ({
        slug,
        title,
        summary,
        startsAt: startsAt.toISOString(),
      })),
    ),
  }
}

/**
 * The whole site searched for `q`, grouped by kind: members (by name), solutions and guides (full text, ranked),
 * content pages and events (every word, newest event first). Cached under the tags of everything it shows. An
 * empty query finds nothing.
 */
export async function searchSite({ q }: { q: string }): Promise<SiteSearchResult | null> {
  if (searchWords(q).length === 0) return null
  return unstable_cache(() => search(q), ['search-site', normalizeForSearch(q)], {
    tags: [tags.members, tags.solutions, tags.resources, tags.contentPages, tags.events],
    revalidate: 3600,
  })()
}
