import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { buttonClass } from '@/components/content/button-styles'
import { formatDate } from '@/lib/format'
import { GROUP_KINDS } from '@/schemas/groups'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listGroupsForAdmin, type AdminGroupSummary } from '@/server/groups/list-groups-for-admin'
import { listMembershipRequests, type MembershipRequest } from '@/server/groups/list-membership-requests'
import { AccessDenied } from '../access-denied'
import { decideMembershipAction } from './actions'

export const metadata: Metadata = { title: 'Peer groups' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const BANNERS: Record<string, string> = {
  approved:
    'Request approved. The municipality is a member of the group now, and its officials have been emailed.',
  declined: 'Request declined. The municipality’s officials have been emailed.',
  answered: 'That request had already been answered.',
  deleted: 'Group deleted, with its meetings, notes, members and documents.',
}

export default async function AdminGroupsPage({ searchParams }: Props) {
  if (!(await requirePagePermission('group.edit', '/admin/groups'))) return <AccessDenied staff />
  const [groups, requests, { problem, done }] = await Promise.all([
    listGroupsForAdmin(),
    listMembershipRequests(),
    searchParams,
  ])
  const banner = typeof done === 'string' ? BANNERS[done] : undefined
  return (
    <div>
      <h1 className="text-3xl">Peer groups</h1>
      {problem === 'missing' && (
        <StatusNote className="mt-6" tone="problem">
          That group or request could not be found. Choose one from the lists.
        </StatusNote>
      )}
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <p className="mt-4 max-w-3xl">
        Regional peer groups and topic cohorts, shown on the public <Link href="/groups">groups</Link> page.
        Their meetings’ notes and documents are for their members and staff only.
      </p>
      <section aria-labelledby="requests" className="mt-8">
        <h2 id="requests" className="text-2xl">
          Requests to join
        </h2>
        <DataTable<MembershipRequest>
          className="mt-4"
          caption="Requests waiting for an answer, oldest first"
          rows={requests}
          rowKey={(r) => r.id}
          empty="No request waits for an answer."
          columns={[
            {
              header: 'Municipality',
              rowHeader: true,
              cell: (r) => `${r.municipality.name}, ${r.municipality.state}`,
            },
            {
              header: 'Group',
              cell: (r) => <Link href={`/admin/groups/${r.group.id}`}>{r.group.name}</Link>,
            },
            { header: 'Asked by', cell: (r) => r.requestedBy ?? '—' },
            { header: 'Asked on', cell: (r) => formatDate(r.createdAt) },
            {
              header: 'Answer',
              cell: (r) => (
                <div className="flex flex-wrap gap-2">
                  {(['approve', 'decline'] as const).map((decision) => (
                    <form key={decision} action={decideMembershipAction}>
                      <input type="hidden" name="memberId" value={r.id} />
                      <input type="hidden" name="decision" value={decision} />
                      <button
                        type="submit"
                        className={decision === 'approve' ? buttonClass.primary : buttonClass.secondary}
                      >
                        {decision === 'approve' ? 'Approve' : 'Decline'}
                        <span className="sr-only">
                          {' '}
                          {r.municipality.name} for {r.group.name}
                        </span>
                      </button>
                    </form>
                  ))}
                </div>
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="all-groups" className="mt-10">
        <h2 id="all-groups" className="text-2xl">
          Groups
        </h2>
        <p className="mt-4">
          <Link href="/admin/groups/new" className="font-semibold">
            Add a group
          </Link>
        </p>
        <DataTable<AdminGroupSummary>
          className="mt-4"
          caption="All groups, latest ending first"
          rows={groups}
          rowKey={(g) => g.id}
          empty="No groups yet."
          columns={[
            {
              header: 'Name',
              rowHeader: true,
              cell: (g) => <Link href={`/admin/groups/${g.id}`}>{g.name}</Link>,
            },
            { header: 'Kind', cell: (g) => GROUP_KINDS[g.kind] },
            { header: 'Dates', cell: (g) => `${formatDate(g.startsOn)} to ${formatDate(g.endsOn)}` },
            { header: 'Facilitator', cell: (g) => g.facilitator ?? '—' },
            { header: 'Members', cell: (g) => g.members },
            { header: 'Requests', cell: (g) => g.requests },
            { header: 'Meetings', cell: (g) => g.meetings },
          ]}
        />
      </section>
    </div>
  )
}
