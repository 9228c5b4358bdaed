import 'server-only'
import type { SessionUser } from '@/server/auth/find-session-user'
import { requireRole } from '@/server/auth/require-role'

/** The signed-in official (or ADMIN, for support); staff of other roles are FORBIDDEN. */
export function requirePortalUser(): Promise<SessionUser> {
  return requireRole('OFFICIAL')
}
