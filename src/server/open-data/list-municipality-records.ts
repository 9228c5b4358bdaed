import 'server-only'
import { AppError } from '@/server/errors'
import { searchMembers } from '@/server/municipalities/search-members'
import { MUNICIPALITY_API_FILTERS as FILTERS, directoryQuerySchema } from '@/schemas/directory'
import { isStateCode } from '@/lib/domain/states'
import { absoluteUrl, paginationLinks, type PaginationLinks } from './api-links'

export type MunicipalityListRecord = {
  slug: string
  name: string
  state: string
  population: number | null
  member_since: string | null
  campaigns: string[]
  compliance_stage: string
  compliance_overdue: boolean
  links: { self: string; profile: string }
}

export type MunicipalityList = {
  data: MunicipalityListRecord[]
  meta: { total: number; page: number; per_page: number; total_pages: number }
  links: PaginationLinks
}

// The directory schema quietly drops a bad value (right for a page); an API says so instead.
function strictQuery(params: URLSearchParams) {
  const raw = Object.fromEntries(
    FILTERS.flatMap((k) => (params.get(k) ? [[k, params.get(k) as string]] : [])),
  )
  const query = directoryQuerySchema.parse(raw)
  const parsed: Record<string, unknown> = query
  for (const key of ['state', 'campaign', 'population', 'stage', 'sort', 'dir', 'page'] as const) {
    if (raw[key] !== undefined && String(parsed[key]).toLowerCase() !== raw[key].toLowerCase())
      throw new AppError('INVALID_INPUT', `The "${key}" parameter has a value this API does not accept.`)
  }
  if (query.state && !isStateCode(query.state))
    throw new AppError('INVALID_INPUT', 'The "state" parameter must be a two-letter USPS state code.')
  return { raw, query }
}

/** /api/v1/municipalities: the member directory's filters and paging, as open data. */
export async function listMunicipalityRecords({
  params,
}: {
  params: URLSearchParams
}): Promise<MunicipalityList> {
  const { raw, query } = strictQuery(params)
  const result = await searchMembers(query)
  const totalPages = Math.max(1, Math.ceil(result.total / result.pageSize))
  return {
    data: result.items.map((m) => ({
      slug: m.slug,
      name: m.name,
      state: m.state,
      population: m.population,
      member_since: m.memberSince,
      campaigns: m.campaigns,
      compliance_stage: m.complianceStage,
      compliance_overdue: m.complianceOverdue,
      links: {
        self: absoluteUrl(`/api/v1/municipalities/${m.slug}`),
        profile: absoluteUrl(`/members/${m.slug}`),
      },
    })),
    meta: { total: result.total, page: result.page, per_page: result.pageSize, total_pages: totalPages },
    links: paginationLinks('/api/v1/municipalities', raw, result.page, totalPages),
  }
}
