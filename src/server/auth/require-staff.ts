import 'server-only'
import type { SessionUser } from './find-session-user'
import { requireRole } from './require-role'
import { STAFF_ROLES } from './staff-roles'

/** The signed-in staff member (ADMIN, EDITOR or MODERATOR); officials are FORBIDDEN. */
export function requireStaff(): Promise<SessionUser> {
  return requireRole(...STAFF_ROLES)
}
