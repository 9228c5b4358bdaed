import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { Prisma } from '@/server/generated/sqlite/client'
import { normalizeForSearch } from '@/lib/text'
import { searchWords } from '@/lib/domain/solution-search-text'
import { matchSolutions } from '@/server/search/match-solutions'
import {
  SOLUTIONS_PAGE_SIZE,
  solutionQuerySchema,
  type CostBandCode,
  type SolutionQuery,
} from '@/schemas/solutions'

export type SolutionListItem = {
  slug: string
  title: string
  summary: string
  hazards: string[]
  sectors: string[]
  costBand: CostBandCode
}

export type SolutionSearchResult = {
  total: number
  page: number
  pageSize: number
  items: SolutionListItem[]
}

function filters(query: SolutionQuery, matchedIds: string[] | null): Prisma.SolutionWhereInput {
  return {
    status: 'PUBLISHED',
    ...(matchedIds && { id: { in: matchedIds } }),
    ...(query.hazard && { hazards: { some: { hazard: query.hazard } } }),
    ...(query.sector && { sectors: { some: { sector: query.sector } } }),
    ...(query.cost && { costBand: query.cost }),
  }
}

const select = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  costBand: true,
  hazards: { select: { hazard: true }, orderBy: { hazard: 'asc' } },
  sectors: { select: { sector: true }, orderBy: { sector: 'asc' } },
} satisfies Prisma.SolutionSelect

type Row = Prisma.SolutionGetPayload<{ select: typeof select }>

const toItem = (r: Row): SolutionListItem => ({
  slug: r.slug,
  title: r.title,
  summary: r.summary,
  costBand: r.costBand,
  hazards: r.hazards.map((h) => h.hazard),
  sectors: r.sectors.map((s) => s.sector),
})

const skipOf = (query: SolutionQuery) => (query.page - 1) * SOLUTIONS_PAGE_SIZE

// Without words: every published solution the filters allow, by title.
async function browse(query: SolutionQuery): Promise<SolutionSearchResult> {
  const where = filters(query, null)
  const [total, rows] = await Promise.all([
    db.solution.count({ where }),
    db.solution.findMany({
      where,
      orderBy: [{ title: 'asc' }, { slug: 'asc' }],
      skip: skipOf(query),
      take: SOLUTIONS_PAGE_SIZE,
      select,
    }),
  ])
  return { total, page: query.page, pageSize: SOLUTIONS_PAGE_SIZE, items: rows.map(toItem) }
}

// With words: the full-text matches (ranked by the database), narrowed by the filters, best first.
async function search(query: SolutionQuery): Promise<SolutionSearchResult> {
  if (searchWords(query.q).length === 0) return browse(query)
  const matches = await matchSolutions({ q: query.q })
  const rank = new Map(matches.map((m) => [m.id, m.rank]))
  const rows = await db.solution.findMany({ where: filters(query, [...rank.keys()]), select })
  const ranked = rows.toSorted(
    (a, b) =>
      rank.get(b.id)! - rank.get(a.id)! || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug),
  )
  const items = ranked.slice(skipOf(query), skipOf(query) + SOLUTIONS_PAGE_SIZE).map(toItem)
  return { total: ranked.length, page: query.page, pageSize: SOLUTIONS_PAGE_SIZE, items }
}

/**
 * Published solutions matching a Solutions Gateway query, one page: words searched in full text (titles,
 * text, hazard and sector labels, stemmed) and ranked, or by title without words; hazard, sector and cost
 * band filter either way.
 */
export async function searchSolutions(input: Partial<SolutionQuery> = {}): Promise<SolutionSearchResult> {
  const query = solutionQuerySchema.parse(input)
  const key = JSON.stringify({ ...query, q: normalizeForSearch(query.q) })
  return unstable_cache(() => search(query), ['search-solutions', key], {
    tags: [tags.solutions],
    revalidate: 3600,
  })()
}
