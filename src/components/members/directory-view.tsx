import type { Metadata } from 'next'
import { DirectoryFilters } from '@/components/members/directory-filters'
import { MemberResults, NoMembersFound } from '@/components/members/member-results'
import { Pagination, pageHref } from '@/components/ui/pagination'
import { formatNumber } from '@/lib/format'
import { stateName } from '@/lib/domain/states'
import {
  COMPLIANCE_STAGES,
  DIRECTORY_CAMPAIGNS,
  DIRECTORY_SORTS,
  POPULATION_BANDS,
  directoryParams,
  sortDirection,
  type DirectoryQuery,
} from '@/schemas/directory'
import { searchMembers } from '@/server/municipalities/search-members'
import { listMemberLocations } from '@/server/municipalities/list-member-locations'
import { MemberPointsMap } from '@/components/charts/member-points-map'

const SORT_WORDS = { asc: 'ascending', desc: 'descending' } as const

/** "Members matching “spring” in Ohio, page 2": the title says which view this is. */
function describe(query: DirectoryQuery): string {
  const parts = ['Member municipalities']
  if (query.q) parts.push(`matching “${query.q}”`)
  if (query.state) parts.push(`in ${stateName(query.state)}`)
  if (query.campaign) parts.push(`in ${DIRECTORY_CAMPAIGNS[query.campaign]}`)
  if (query.population)
    parts.push(`with population ${POPULATION_BANDS[query.population].label.toLowerCase()}`)
  if (query.stage) parts.push(`at stage ${COMPLIANCE_STAGES[query.stage]}`)
  if (query.overdue) parts.push('with an overdue stage')
  if (query.sort !== 'name' || sortDirection(query) !== 'asc')
    parts.push(`sorted by ${DIRECTORY_SORTS[query.sort].toLowerCase()}, ${SORT_WORDS[sortDirection(query)]}`)
  if (query.page > 1) parts.push(`(page ${query.page})`)
  return parts.join(' ')
}

export function directoryMetadata(query: DirectoryQuery): Metadata {
  return {
    title: describe(query),
    description: 'Find a member municipality by name, state, campaign, population or compliance stage.',
    alternates: { canonical: '/members' },
  }
}

/** One view of the member directory; the same for the default page and every filtered view. */
export async function DirectoryView({ query }: { query: DirectoryQuery }) {
  const [result, locations] = await Promise.all([searchMembers(query), listMemberLocations()])
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize))
  const count = `${formatNumber(result.total)} member ${result.total === 1 ? 'municipality' : 'municipalities'}`
  const first = (result.page - 1) * result.pageSize + 1
  const last = first + result.items.length - 1
  const params = directoryParams(query)
  return (
    <>
      <h1 className="text-3xl">Member directory</h1>
      <p className="mt-4 max-w-3xl">
        Every municipality that has joined a campaign, with how far it has come on the compliance path. Choose
        filters and press Search; the address of the page keeps your choices, so you can share it.
      </p>
      <DirectoryFilters query={query} />
      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="text-2xl" aria-live="polite">
          {count}
        </h2>
        {result.items.length > 0 && pageCount > 1 && (
          <p className="mt-1 text-muted">
            Showing {formatNumber(first)} to {formatNumber(last)}, page {result.page} of {pageCount}
          </p>
        )}
        {result.items.length > 0 ? (
          <MemberResults items={result.items} caption={describe(query)} query={query} />
        ) : result.total > 0 ? (
          <p className="mt-4">
            There is no page {result.page}. <a href={pageHref('/members', 1, params)}>Go to the first page</a>
            .
          </p>
        ) : (
          <NoMembersFound hasQuery={query.q !== ''} />
        )}
        <Pagination
          page={result.page}
          pageCount={pageCount}
          basePath="/members"
          params={params}
          label="Directory pages"
        />
      </section>
      <section aria-labelledby="locations-heading" className="mt-10">
        <h2 id="locations-heading" className="text-2xl">
          Where the members are
        </h2>
        <MemberPointsMap
          src="/maps/locations/members.svg"
          title="Where the member municipalities are"
          points={locations}
          unit="members"
          list={{ href: '/members', text: 'see the list' }}
        />
      </section>
    </>
  )
}
