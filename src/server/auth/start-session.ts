import 'server-only'
import { randomBytes } from 'node:crypto'
import { db } from '@/server/db'

/**
 * Records a new session (Auth.js's Session table, unused by its JWT strategy) and returns its id, which
 * the session cookie carries: signing out deletes the row, and a cookie whose row is gone is refused.
 * The user's expired sessions are cleared on the way.
 */
export async function startSession({
  userId,
  maxAgeS,
}: {
  userId: string
  maxAgeS: number
}): Promise<string> {
  const sessionId = randomBytes(24).toString('base64url')
  const now = new Date()
  await db.$transaction([
    db.session.deleteMany({ where: { userId, expires: { lt: now } } }),
    db.session.create({
      data: { sessionToken: sessionId, userId, expires: new Date(now.getTime() + maxAgeS * 1000) },
    }),
  ])
  return sessionId
}
