import 'server-only'
import { refusal } from './refusal'
import type { SessionUser } from './find-session-user'
import { getCurrentUser } from './get-current-user'

/** The signed-in user; throws UNAUTHENTICATED for anonymous visitors and ended sessions. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser()
  if (!user) throw refusal('UNAUTHENTICATED')
  return user
}
