import 'server-only'
import type { SessionUser } from './find-session-user'
import { permissions, type Permission } from './permissions'
import { requireRole } from './require-role'

/** The signed-in user when their role may perform `action`; throws UNAUTHENTICATED or FORBIDDEN. */
export function requirePermission(action: Permission): Promise<SessionUser> {
  return requireRole(...permissions[action])
}
