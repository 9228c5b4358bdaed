import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

/** Every group with its counts, for the staff list. */
export async function listGroupsForAdmin() {
  await requirePermission('group.edit')
  const rows = await db.peerGroup.findMany({
    orderBy: [{ endsOn: 'desc' }, { name: 'asc' }],
    take: 500,
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      startsOn: true,
      endsOn: true,
      facilitator: { select: { name: true, email: true } },
      members: { select: { status: true } },
      _count: { select: { meetings: true, documents: true } },
    },
  })
  return rows.map(({ members, _count, facilitator, ...g }) => ({
    ...g,
    facilitator: facilitator ? (facilitator.name ?? facilitator.email) : null,
    members: members.filter((m) => m.status === 'APPROVED').length,
    requests: members.filter((m) => m.status === 'REQUESTED').length,
    meetings: _count.meetings,
    documents: _count.documents,
  }))
}
export type AdminGroupSummary = Awaited<ReturnType<typeof listGroupsForAdmin>>[number]
