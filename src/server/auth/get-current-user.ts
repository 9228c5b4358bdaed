import 'server-only'
import { cache } from 'react'
import { findSessionUser, type SessionUser } from './find-session-user'
import { getSessionIdentity } from './get-session-identity'

/** The signed-in, active user, read from the database once per request; null when anonymous. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const identity = await getSessionIdentity()
  return identity ? findSessionUser(identity) : null
})
