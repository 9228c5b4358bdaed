import 'server-only'
import { db } from '@/server/db'
import type { SessionUser } from '@/server/auth/find-session-user'
import { isStaffRole } from '@/server/auth/staff-roles'

/**
 * Whether a signed-in user counts as a member of the network, for everything kept for members (members-only
 * guides and files, members' events, introductions, groups): network staff, or an official whose link to a
 * municipality staff confirmed. An account whose link is still waiting for review is not one yet.
 */
export async function isNetworkMember(user: SessionUser | null): Promise<boolean> {
  if (!user) return false
  if (isStaffRole(user.role)) return true
  const link = await db.municipalityOfficial.findFirst({
    where: { userId: user.id, confirmed: true },
    select: { userId: true },
  })
  return link !== null
}
