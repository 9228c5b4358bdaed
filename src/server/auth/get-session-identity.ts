import 'server-only'
import { readSessionCookie } from './read-session-cookie'

export type SessionIdentity = { userId: string; authTime: number }

/**
 * Who the session cookie says the visitor is (a signed-out or expired session already reads as none:
 * the jwt callback checks it); the guards confirm the user against the database.
 */
export async function getSessionIdentity(): Promise<SessionIdentity | null> {
  const cookie = await readSessionCookie()
  return cookie && { userId: cookie.userId, authTime: cookie.authTime }
}
