// The session cookie as the guards see it, per async context: concurrent calls can act as different people.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { SessionIdentity } from '@/server/auth/get-session-identity'

export const sessions = new AsyncLocalStorage<SessionIdentity | null>()
export const fallback = { current: null as SessionIdentity | null }

export function currentSession(): SessionIdentity | null {
  const scoped = sessions.getStore()
  return scoped === undefined ? fallback.current : scoped
}

/** Runs `fn` as the given user (signed in at `authTime`, now by default). */
export function actingAs<T>(userId: string, fn: () => Promise<T>, authTime = Date.now()): Promise<T> {
  return sessions.run({ userId, authTime }, fn)
}
