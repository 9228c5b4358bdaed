import 'server-only'
import { AppError } from '@/server/errors'
import type { SessionUser } from './find-session-user'
import { getCurrentUser } from './get-current-user'

/** The signed-in user; throws UNAUTHENTICATED for anonymous visitors and ended sessions. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser()
  if (!user) throw new AppError('UNAUTHENTICATED')
  return user
}
