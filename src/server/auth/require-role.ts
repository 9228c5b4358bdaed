import 'server-only'
import { refusal } from './refusal'
import type { SessionUser } from './find-session-user'
import { requireUser } from './require-user'
import { roleAllows, type UserRole } from './staff-roles'

/** The signed-in user when their role is one of `roles` (or ADMIN); throws UNAUTHENTICATED or FORBIDDEN. */
export async function requireRole(...roles: UserRole[]): Promise<SessionUser> {
  const user = await requireUser()
  if (!roleAllows(user.role, roles)) throw refusal('FORBIDDEN')
  return user
}
