import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { Prisma } from '@/server/generated/sqlite/client'
import { normalizeForSearch } from '@/lib/text'
import { placeNameVariants } from './search-place-names'
import {
  DIRECTORY_PAGE_SIZE,
  POPULATION_BANDS,
  directoryQuerySchema,
  type ComplianceStageCode,
  type DirectoryQuery,
  type DirectoryQueryInput,
} from '@/schemas/directory'

export type MemberListItem = {
  slug: string
  name: string
  state: string
  population: number | null
  memberSince: string | null // ISO
  campaigns: string[] // slugs of campaigns with an approved pledge
  complianceStage: ComplianceStageCode
  complianceOverdue: boolean
}

export type MemberSearchResult = {
  total: number
  page: number
  pageSize: number
  items: MemberListItem[]
}

type Where = Prisma.MunicipalityWhereInput

const select = {
  slug: true,
  name: true,
  state: true,
  population: true,
  memberSince: true,
  complianceStage: true,
  complianceOverdue: true,
  pledges: {
    where: { status: 'APPROVED' },
    select: { campaign: { select: { slug: true, sortOrder: true } } },
  },
} satisfies Prisma.MunicipalitySelect

function filters(query: DirectoryQuery, names: string[], campaignId: string | null): Where {
  const band = query.population ? POPULATION_BANDS[query.population] : undefined
  return {
    isMember: true,
    ...(names.length > 0 && { OR: names.map((n) => ({ searchName: { contains: n } })) }),
    ...(query.state && { state: query.state }),
    ...(campaignId !== null && { pledges: { some: { status: 'APPROVED', campaignId } } }),
    ...(band && { population: { gte: band.min, lt: band.max } }),
    ...(query.stage && { complianceStage: query.stage }),
    ...(query.overdue && { complianceOverdue: true }),
  }
}

function orderBy(query: DirectoryQuery): Prisma.MunicipalityOrderByWithRelationInput[] {
  const byName = [{ searchName: 'asc' as const }, { state: 'asc' as const }, { slug: 'asc' as const }]
  if (query.sort === 'population')
    return [{ population: { sort: query.dir ?? 'desc', nulls: 'last' } }, ...byName]
  if (query.sort === 'joined')
    return [{ memberSince: { sort: query.dir ?? 'desc', nulls: 'last' } }, ...byName]
  const dir = query.dir ?? 'asc'
  return byName.map((o) => Object.fromEntries(Object.entries(o).map(([k]) => [k, dir])))
}

function toItem(row: Prisma.MunicipalityGetPayload<{ select: typeof select }>): MemberListItem {
  return {
    slug: row.slug,
    name: row.name,
    state: row.state,
    population: row.population,
    memberSince: row.memberSince?.toISOString() ?? null,
    campaigns: row.pledges
      .toSorted((a, b) => a.campaign.sortOrder - b.campaign.sortOrder)
      .map((p) => p.campaign.slug),
    complianceStage: row.complianceStage,
    complianceOverdue: row.complianceOverdue,
  }
}

// A name search sorted by name lists names that start with the term first: two indexed range queries
// (prefix, then the other substring matches) paged as if they were one list.
async function prefixFirstPage(where: Where, names: string[], query: DirectoryQuery, skip: number) {
  const startsWith: Where = { OR: names.map((n) => ({ searchName: { startsWith: n } })) }
  const prefix: Where = { AND: [where, startsWith] }
  const rest: Where = { AND: [where, { NOT: startsWith }] }
  const order = orderBy(query)
  const [prefixCount, prefixRows] = await Promise.all([
    db.municipality.count({ where: prefix }),
    db.municipality.findMany({ where: prefix, orderBy: order, skip, take: DIRECTORY_PAGE_SIZE, select }),
  ])
  const needed = DIRECTORY_PAGE_SIZE - prefixRows.length
  if (needed === 0) return prefixRows
  const restRows = await db.municipality.findMany({
    where: rest,
    orderBy: order,
    skip: Math.max(0, skip - prefixCount),
    take: needed,
    select,
  })
  return [...prefixRows, ...restRows]
}

// The campaign filter goes by id, not through the campaign's slug: PostgreSQL misjudges that join (a few dozen
// pledges expected, thousands found) and probes every signatory one by one, 4x slower at 20,000 members
// (docs/PERFORMANCE.md, "Directory at 20,000 members"). An unknown campaign matches nothing, as before.
async function campaignIdOf(slug: string | undefined): Promise<string | null> {
  if (!slug) return null
  const campaign = await db.campaign.findUnique({ where: { slug }, select: { id: true } })
  return campaign?.id ?? ''
}

async function search(query: DirectoryQuery): Promise<MemberSearchResult> {
  const term = normalizeForSearch(query.q)
  // "Saint Louis" and "St. Louis" find each other (search-place-names.ts).
  const names = term ? [term, ...placeNameVariants(query.q).slice(1)] : []
  const where = filters(query, names, await campaignIdOf(query.campaign))
  const skip = (query.page - 1) * DIRECTORY_PAGE_SIZE
  const rankPrefixFirst = term !== '' && query.sort === 'name' && query.dir !== 'desc'
  const [total, rows] = await Promise.all([
    db.municipality.count({ where }),
    rankPrefixFirst
      ? prefixFirstPage(where, names, query, skip)
      : db.municipality.findMany({ where, orderBy: orderBy(query), skip, take: DIRECTORY_PAGE_SIZE, select }),
  ])
  return { total, page: query.page, pageSize: DIRECTORY_PAGE_SIZE, items: rows.map(toItem) }
}

/** Member municipalities matching a directory query: one page of 25, with the total count. */
export async function searchMembers(input: DirectoryQueryInput = {}): Promise<MemberSearchResult> {
  const query = directoryQuerySchema.parse(input)
  // The cache key holds the normalised term, so "Saint-Paul" and "saint paul" share one entry.
  const key = JSON.stringify({ ...query, q: normalizeForSearch(query.q) })
  return unstable_cache(() => search(query), ['search-members', key], {
    tags: [tags.members],
    revalidate: 3600,
  })()
}
