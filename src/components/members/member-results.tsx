import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { DataTable, type DataTableColumn } from '@/components/ui/data-table'
import { formatDate, formatNumber } from '@/lib/format'
import { COMPLIANCE_STAGES, DIRECTORY_CAMPAIGNS } from '@/schemas/directory'
import type { MemberListItem } from '@/server/municipalities/search-members'

const campaignName = (slug: string) => (DIRECTORY_CAMPAIGNS as Record<string, string>)[slug] ?? slug

const columns: DataTableColumn<MemberListItem>[] = [
  {
    header: 'Municipality',
    rowHeader: true,
    // A plain link: next/link would prefetch every row's profile and add a client reference per row.
    cell: (m) => <a href={`/members/${m.slug}`}>{m.name}</a>,
  },
  { header: 'State', cell: (m) => m.state },
  {
    header: 'Population',
    numeric: true,
    cell: (m) => (m.population === null ? '—' : formatNumber(m.population)),
  },
  { header: 'Member since', cell: (m) => (m.memberSince ? formatDate(new Date(m.memberSince)) : '—') },
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

export function MemberResults({ items, caption }: { items: MemberListItem[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      hideCaption
      columns={columns}
      rows={items}
      rowKey={(m) => m.slug}
      className="mt-4"
    />
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
