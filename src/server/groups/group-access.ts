import 'server-only'
import { db } from '@/server/db'
import type { SessionUser } from '@/server/auth/find-session-user'
import { isStaffRole } from '@/server/auth/staff-roles'

/**
 * Whether a signed-in user may read a group's meetings, notes, documents and member list: staff, or a
 * confirmed official of one of its approved member municipalities.
 */
export async function mayReadGroup(user: SessionUser | null, groupId: string): Promise<boolean> {
  if (!user) return false
  if (isStaffRole(user.role)) return true
  const row = await db.peerGroupMember.findFirst({
    where: {
      groupId,
      status: 'APPROVED',
      municipality: { officials: { some: { userId: user.id, confirmed: true } } },
    },
    select: { id: true },
  })
  return row !== null
}
