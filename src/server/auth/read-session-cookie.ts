import 'server-only'
import { auth } from './config'

export type SessionCookie = { userId: string; authTime: number; sessionId: string }

/** What the session cookie says, unchecked: who, since when, and which session. */
export async function readSessionCookie(): Promise<SessionCookie | null> {
  const session = (await auth()) as {
    user?: { id?: unknown }
    authTime?: unknown
    sessionId?: unknown
  } | null
  const userId = session?.user?.id
  const { authTime, sessionId } = session ?? {}
  if (typeof userId !== 'string' || !userId || typeof authTime !== 'number') return null
  // A cookie from before sessions had ids cannot be signed out, so it is not accepted either.
  if (typeof sessionId !== 'string' || !sessionId) return null
  return { userId, authTime, sessionId }
}
