import 'server-only'
import { AppError } from '@/server/errors'
import type { SessionUser } from './find-session-user'
import { requireUser } from './require-user'
import { roleAllows, type UserRole } from './staff-roles'

/** The signed-in user when their role is one of `roles` (or ADMIN); throws UNAUTHENTICATED or FORBIDDEN. */
export async function requireRole(...roles: UserRole[]): Promise<SessionUser> {
  const user = await requireUser()
  if (!roleAllows(user.role, roles)) throw new AppError('FORBIDDEN')
  return user
}
