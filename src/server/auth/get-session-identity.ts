import 'server-only'
import { auth } from './config'

export type SessionIdentity = { userId: string; authTime: number }

/** Who the session cookie says the visitor is; the guards confirm it against the database. */
export async function getSessionIdentity(): Promise<SessionIdentity | null> {
  const session = (await auth()) as { user?: { id?: unknown }; authTime?: unknown } | null
  const userId = session?.user?.id
  const authTime = session?.authTime
  if (typeof userId !== 'string' || !userId || typeof authTime !== 'number') return null
  return { userId, authTime }
}
