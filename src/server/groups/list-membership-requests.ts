import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

/** Requests to join a group that wait for staff, oldest first. */
export async function listMembershipRequests() {
  await requirePermission('group.edit')
  const rows = await db.peerGroupMember.findMany({
    where: { status: 'REQUESTED' },
    orderBy: { createdAt: 'asc' },
    take: 500,
    select: {
      id: true,
      createdAt: true,
      group: { select: { id: true, name: true } },
      municipality: { select: { name: true, state: true, slug: true } },
      requestedBy: { select: { name: true, email: true } },
    },
  })
  return rows.map((r) => ({
    ...r,
    requestedBy: r.requestedBy ? (r.requestedBy.name ?? r.requestedBy.email) : null,
  }))
}
export type MembershipRequest = Awaited<ReturnType<typeof listMembershipRequests>>[number]
