// The session the server's guards believe, for integration tests. Importing this module replaces the
// session cookie reader (getSessionIdentity) with `session.current`; signInAs sets it.
import { vi } from 'vitest'
import type { SessionIdentity } from '@/server/auth/get-session-identity'
import type { UserRole } from '@/server/auth/staff-roles'
import { staffUser } from '../fixtures/factories'
import { db } from './db'

const current = vi.hoisted(() => ({ current: null as SessionIdentity | null }))
vi.mock('@/server/auth/get-session-identity', () => ({ getSessionIdentity: async () => current.current }))

/** What the mocked cookie holds now; tests may set it directly (an old authTime, a deleted user). */
export const session = current

/** The identity a fresh session cookie carries for a user (null: no cookie). */
export const identityOf = (user: { id: string } | null): SessionIdentity | null =>
  user ? { userId: user.id, authTime: Date.now() } : null

type Account = Awaited<ReturnType<typeof staffUser>>

/** Signs in as this user, or signs out with null. */
export function signInAs<T extends { id: string } | null>(user: T): T
/** Makes an active account with this role and signs in as it. */
export function signInAs(role: UserRole): Promise<Account>
export function signInAs(who: { id: string } | null | UserRole) {
  if (typeof who !== 'string') {
    session.current = identityOf(who)
    return who
  }
  return staffUser(db, who).then((user) => {
    session.current = identityOf(user)
    return user
  })
}
