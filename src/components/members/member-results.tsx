import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { formatDate, formatNumber } from '@/lib/format'
import {
  COMPLIANCE_STAGES,
  DEFAULT_SORT_DIRECTION,
  DIRECTORY_CAMPAIGNS,
  directorySortHref,
  sortDirection,
  type DirectoryQuery,
  type DirectorySort,
} from '@/schemas/directory'
import type { MemberListItem } from '@/server/municipalities/search-members'

const campaignName = (slug: string) => (DIRECTORY_CAMPAIGNS as Record<string, string>)[slug] ?? slug

type Column = {
  header: string
  cell: (m: MemberListItem) => React.ReactNode
  numeric?: boolean
  /** The directory can be sorted by this column: its header is a link. */
  sort?: DirectorySort
}

const columns: Column[] = [
  {
    header: 'Municipality',
    sort: 'name',
    // A plain link: next/link would prefetch every row's profile and add a client reference per row.
    cell: (m) => <a href={`/members/${m.slug}`}>{m.name}</a>,
  },
  { header: 'State', cell: (m) => m.state },
  {
    header: 'Population',
    numeric: true,
    sort: 'population',
    cell: (m) => (m.population === null ? '—' : formatNumber(m.population)),
  },
  {
    header: 'Member since',
    sort: 'joined',
    cell: (m) => (m.memberSince ? formatDate(new Date(m.memberSince)) : '—'),
  },
  { header: 'Campaigns', cell: (m) => m.campaigns.map(campaignName).join(', ') || '—' },
  {
    header: 'Compliance stage',
    cell: (m) => (
      <>
        {COMPLIANCE_STAGES[m.complianceStage]}
        {m.complianceOverdue && (
          <Badge tone="danger" className="ml-2">
            Overdue
          </Badge>
        )}
      </>
    ),
  },
]

const WORDS = { asc: 'ascending', desc: 'descending' } as const

/** A sortable column's header: a link that sorts by it (or reverses it), with aria-sort when sorted. */
function SortHeader({ column, query }: { column: Column & { sort: DirectorySort }; query: DirectoryQuery }) {
  const sorted = query.sort === column.sort
  const dir = sortDirection(query)
  const next = sorted ? (dir === 'asc' ? 'desc' : 'asc') : DEFAULT_SORT_DIRECTION[column.sort]
  return (
    <th
      scope="col"
      aria-sort={sorted ? WORDS[dir] : undefined}
      className={column.numeric ? 'num' : undefined}
    >
      <a href={directorySortHref(query, column.sort)} className="whitespace-nowrap">
        {column.header}
        {sorted && (
          <span aria-hidden="true" className="ml-1">
            {dir === 'asc' ? '▲' : '▼'}
          </span>
        )}
        <span className="sr-only">{`, sort ${WORDS[next]}`}</span>
      </a>
    </th>
  )
}

/** One page of members; the sortable columns' headers sort the directory by link, without JavaScript. */
export function MemberResults({
  items,
  caption,
  query,
}: {
  items: MemberListItem[]
  caption: string
  query: DirectoryQuery
}) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) =>
              c.sort ? (
                <SortHeader key={c.header} column={{ ...c, sort: c.sort }} query={query} />
              ) : (
                <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.header}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.slug}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.header} scope="row">
                    {c.cell(m)}
                  </th>
                ) : (
                  <td key={c.header} className={c.numeric ? 'num' : undefined}>
                    {c.cell(m)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Said when nothing matches: what the resident can try next. */
export function NoMembersFound({ hasQuery }: { hasQuery: boolean }) {
  return (
    <div className="mt-4 rounded border border-gray-300 p-5">
      <p className="font-semibold">No member municipality matches your search.</p>
      <ul className="mt-2 list-disc pl-6">
        {hasQuery && <li>Check the spelling of the name.</li>}
        {hasQuery && (
          <li>Try a shorter part of the name, for example “spring” rather than “springfield city”.</li>
        )}
        <li>
          Remove a filter, or <Link href="/members">clear all filters</Link>.
        </li>
        <li>The municipality may not have joined yet: only members are listed.</li>
      </ul>
    </div>
  )
}
