import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { Prisma } from '@/server/generated/sqlite/client'
import { normalizeForSearch } from '@/lib/text'
import { searchWords } from '@/lib/domain/solution-search-text'
import type { ResourceAudienceCode, ResourceKindCode, ResourceStageCode } from '@/lib/domain/resources'
import { matchResources } from '@/server/search/match-resources'
import { RESOURCES_PAGE_SIZE, resourceQuerySchema, type ResourceQuery } from '@/schemas/resource-query'

/** A card of the library's list: what anyone may see of an entry, members-only or not (never its body). */
export type ResourceListItem = {
  slug: string
  title: string
  summary: string
  kind: ResourceKindCode
  audience: ResourceAudienceCode
  membersOnly: boolean
  stages: ResourceStageCode[]
  topics: string[]
}

export type ResourceSearchResult = {
  total: number
  page: number
  pageSize: number
  items: ResourceListItem[]
}

function filters(query: ResourceQuery, matchedIds: string[] | null): Prisma.ResourceWhereInput {
  return {
    status: 'PUBLISHED',
    ...(matchedIds && { id: { in: matchedIds } }),
    ...(query.topic && { topics: { some: { topic: query.topic } } }),
    ...(query.stage && { stages: { some: { stage: query.stage as ResourceStageCode } } }),
    ...(query.kind && { kind: query.kind }),
  }
}

// The card's fields only: the body, file and address of a members-only entry never enter a shared cache.
const select = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  kind: true,
  audience: true,
  membersOnly: true,
  stages: { select: { stage: true } },
  topics: { select: { topic: true }, orderBy: { topic: 'asc' } },
} satisfies Prisma.ResourceSelect

type Row = Prisma.ResourceGetPayload<{ select: typeof select }>

const STAGE_ORDER = ['COMMITMENT', 'INVENTORY', 'TARGET', 'ACTION_PLANS']

const toItem = (r: Row): ResourceListItem => ({
  slug: r.slug,
  title: r.title,
  summary: r.summary,
  kind: r.kind,
  audience: r.audience,
  membersOnly: r.membersOnly,
  stages: r.stages
    .map((s) => s.stage as ResourceStageCode)
    .toSorted((a, b) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b)),
  topics: r.topics.map((t) => t.topic),
})

const skipOf = (query: ResourceQuery) => (query.page - 1) * RESOURCES_PAGE_SIZE

// Without words: every published entry the filters allow, by title.
async function browse(query: ResourceQuery): Promise<ResourceSearchResult> {
  const where = filters(query, null)
  const [total, rows] = await Promise.all([
    db.resource.count({ where }),
    db.resource.findMany({
      where,
      orderBy: [{ title: 'asc' }, { slug: 'asc' }],
      skip: skipOf(query),
      take: RESOURCES_PAGE_SIZE,
      select,
    }),
  ])
  return { total, page: query.page, pageSize: RESOURCES_PAGE_SIZE, items: rows.map(toItem) }
}

// With words: the full-text matches (ranked by the database), narrowed by the filters, best first.
async function search(query: ResourceQuery): Promise<ResourceSearchResult> {
  if (searchWords(query.q).length === 0) return browse(query)
  const matches = await matchResources({ q: query.q })
  const rank = new Map(matches.map((m) => [m.id, m.rank]))
  const rows = await db.resource.findMany({ where: filters(query, [...rank.keys()]), select })
  const ranked = rows.toSorted(
    (a, b) =>
      rank.get(b.id)! - rank.get(a.id)! || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug),
  )
  const items = ranked.slice(skipOf(query), skipOf(query) + RESOURCES_PAGE_SIZE).map(toItem)
  return { total: ranked.length, page: query.page, pageSize: RESOURCES_PAGE_SIZE, items }
}

/**
 * Published library entries matching a /resources query, one page: words searched in full text (titles,
 * text, topic labels, stemmed) and ranked, or by title without words; topic, stage and kind filter either
 * way. Members-only entries are listed as cards like the rest (title and summary are public).
 */
export async function searchResources(input: Partial<ResourceQuery> = {}): Promise<ResourceSearchResult> {
  const query = resourceQuerySchema.parse(input)
  const key = JSON.stringify({ ...query, q: normalizeForSearch(query.q) })
  return unstable_cache(() => search(query), ['search-resources', key], {
    tags: [tags.resources],
    revalidate: 3600,
  })()
}
