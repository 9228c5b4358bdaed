import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { Prisma } from '@/server/generated/sqlite/client'
import { normalizeForSearch } from '@/lib/text'
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

function filters(query: SolutionQuery): Prisma.SolutionWhereInput {
  // Every word of the query must appear somewhere in the solution's normalised text.
  const words = normalizeForSearch(query.q).split(' ').filter(Boolean)
  return {
    status: 'PUBLISHED',
    ...(words.length > 0 && { AND: words.map((w) => ({ searchText: { contains: w } })) }),
    ...(query.hazard && { hazards: { some: { hazard: query.hazard } } }),
    ...(query.sector && { sectors: { some: { sector: query.sector } } }),
    ...(query.cost && { costBand: query.cost }),
  }
}

async function search(query: SolutionQuery): Promise<SolutionSearchResult> {
  const where = filters(query)
  const [total, rows] = await Promise.all([
    db.solution.count({ where }),
    db.solution.findMany({
      where,
      orderBy: [{ title: 'asc' }, { slug: 'asc' }],
      skip: (query.page - 1) * SOLUTIONS_PAGE_SIZE,
      take: SOLUTIONS_PAGE_SIZE,
      select: {
        slug: true,
        title: true,
        summary: true,
        costBand: true,
        hazards: { select: { hazard: true }, orderBy: { hazard: 'asc' } },
        sectors: { select: { sector: true }, orderBy: { sector: 'asc' } },
      },
    }),
  ])
  const items = rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    costBand: r.costBand,
    hazards: r.hazards.map((h) => h.hazard),
    sectors: r.sectors.map((s) => s.sector),
  }))
  return { total, page: query.page, pageSize: SOLUTIONS_PAGE_SIZE, items }
}

/** Published solutions matching a Solutions Gateway query (words, hazard, sector, cost band), one page. */
export async function searchSolutions(input: Partial<SolutionQuery> = {}): Promise<SolutionSearchResult> {
  const query = solutionQuerySchema.parse(input)
  const key = JSON.stringify({ ...query, q: normalizeForSearch(query.q) })
  return unstable_cache(() => search(query), ['search-solutions', key], {
    tags: [tags.solutions],
    revalidate: 3600,
  })()
}
