import 'server-only'
import { db } from '@/server/db'

/** Revokes one session on the server: its cookie, even a copy of it, no longer signs anyone in. */
export async function endSession({ sessionId }: { sessionId: string }): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken: sessionId } })
}
