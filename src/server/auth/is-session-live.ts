import 'server-only'
import { db } from '@/server/db'

/** Whether a session has neither been signed out (its row deleted) nor expired. */
export async function isSessionLive({
  sessionId,
  now = new Date(),
}: {
  sessionId: string
  now?: Date
}): Promise<boolean> {
  const session = await db.session.findUnique({
    where: { sessionToken: sessionId },
    select: { expires: true },
  })
  return !!session && session.expires > now
}
