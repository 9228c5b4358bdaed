import { z } from 'zod'
import { isStateCode } from '@/lib/domain/states'
import { type SearchParams, first, optionalEnum, pageParam, parseSearchParams, scalar } from './search-params'

export const DIRECTORY_PAGE_SIZE = 25

/** The directory's query keys, as the open-data API takes them (/api/v1/municipalities). */
export const MUNICIPALITY_API_FILTERS = [
  'q',
  'state',
  'campaign',
  'population',
  'stage',
  'overdue',
  'sort',
  'dir',
  'page',
] as const

export const DIRECTORY_CAMPAIGNS = { rc4a: 'RC4A', 'compact-of-mayors': 'Compact of Mayors' } as const

export const POPULATION_BANDS = {
  lt10k: { label: 'Under 10,000', min: undefined, max: 10_000 },
  '10k-50k': { label: '10,000 to 50,000', min: 10_000, max: 50_000 },
  '50k-250k': { label: '50,000 to 250,000', min: 50_000, max: 250_000 },
  gt250k: { label: 'Over 250,000', min: 250_000, max: undefined },
} as const satisfies Record<string, { label: string; min: number | undefined; max: number | undefined }>

// Mirrors the ComplianceStage enum of the schema; shared code cannot import generated Prisma types.
export const COMPLIANCE_STAGES = {
  NONE: 'None yet',
  COMMITMENT: 'Commitment',
  INVENTORY: 'GHG inventory',
  TARGET: 'Target',
  ACTION_PLANS: 'Action plans (compliant)',
} as const
export type ComplianceStageCode = keyof typeof COMPLIANCE_STAGES

export const DIRECTORY_SORTS = { name: 'Name', population: 'Population', joined: 'Member since' } as const
export type DirectorySort = keyof typeof DIRECTORY_SORTS
export type SortDirection = 'asc' | 'desc'

/** The order each sort starts in: names A to Z, the largest and the newest members first. */
export const DEFAULT_SORT_DIRECTION: Record<DirectorySort, SortDirection> = {
  name: 'asc',
  population: 'desc',
  joined: 'desc',
}

/** The direction a query is sorted in: the one asked for, or the sort's usual one. */
export const sortDirection = (query: Pick<DirectoryQuery, 'sort' | 'dir'>): SortDirection =>
  query.dir ?? DEFAULT_SORT_DIRECTION[query.sort]

const keysOf = <T extends Record<string, unknown>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]]

export const directoryQuerySchema = z.object({
  q: z
    .preprocess(
      (v) =>
        String(scalar(v) ?? '')
          .trim()
          .slice(0, 100),
      z.string(),
    )
    .catch(''),
  // Only a real USPS code filters; anything else shows all states, as the select would.
  state: z
    .preprocess((v) => String(scalar(v) ?? '').toUpperCase(), z.string().refine(isStateCode).optional())
    .catch(undefined),
  campaign: optionalEnum(keysOf(DIRECTORY_CAMPAIGNS)),
  population: optionalEnum(keysOf(POPULATION_BANDS)),
  stage: optionalEnum(keysOf(COMPLIANCE_STAGES)),
  overdue: z
    .preprocess((v) => ['1', 'true', 'on', 'yes'].includes(String(scalar(v) ?? '')), z.boolean())
    .catch(false),
  sort: z
    .preprocess((v) => first(v) || undefined, z.enum(keysOf(DIRECTORY_SORTS)).default('name'))
    .catch('name'),
  dir: optionalEnum(['asc', 'desc'] as const),
  page: pageParam(10_000),
})

/** The parsed directory query: every field has a usable value whatever the URL held. */
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>
/** What callers may pass: any subset, the rest defaults. */
export type DirectoryQueryInput = Partial<DirectoryQuery>

/** Parses URL search params (a Next.js searchParams object or URLSearchParams); never throws. */
export function parseDirectoryQuery(params: SearchParams | URLSearchParams): DirectoryQuery {
  return parseSearchParams(directoryQuerySchema, params)
}

/** The query parameters that express a view: only those that differ from the defaults (page included). */
export function directoryParams(query: DirectoryQuery): Record<string, string | undefined> {
  return {
    q: query.q || undefined,
    state: query.state,
    campaign: query.campaign,
    population: query.population,
    stage: query.stage,
    overdue: query.overdue ? '1' : undefined,
    sort: query.sort === 'name' ? undefined : query.sort,
    // The usual direction is left out, so "?sort=population" and "&dir=desc" are one cached view.
    dir: query.dir === DEFAULT_SORT_DIRECTION[query.sort] ? undefined : query.dir,
    page: query.page > 1 ? String(query.page) : undefined,
  }
}

/**
 * The address of the directory sorted by `sort` (first page, same filters): the other direction when it
 * is already sorted by it, else the sort's usual direction. Column headers link here (no JavaScript).
 */
export function directorySortHref(query: DirectoryQuery, sort: DirectorySort): string {
  const dir: SortDirection =
    query.sort === sort ? (sortDirection(query) === 'asc' ? 'desc' : 'asc') : DEFAULT_SORT_DIRECTION[sort]
  const params = directoryParams({ ...query, sort, dir, page: 1 })
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, v)
  const text = search.toString()
  return text ? `/members?${text}` : '/members'
}
