import 'server-only'
import { db } from '@/server/db'
import type { SessionUser } from '@/server/auth/find-session-user'
import { isStaffRole } from '@/server/auth/staff-roles'

/** Whether a signed-in user may register for members-only events: staff, or a confirmed official of a member. */
export async function mayJoinMembersEvents(user: SessionUser | null): Promise<boolean> {
  if (!user) return false
  if (isStaffRole(user.role)) return true
  const link = await db.municipalityOfficial.findFirst({
    where: { userId: user.id, confirmed: true },
    select: { userId: true },
  })
  return link !== null
}
