import 'server-only'
import { db } from '@/server/db'
import type { UserRole } from './staff-roles'

export type SessionUser = { id: string; email: string; name: string | null; role: UserRole }

/**
 * The user behind a session, read afresh from the database: null when the account is gone or
 * deactivated, or when "sign out everywhere" happened after the session began (authTime, in ms).
 */
export async function findSessionUser({
  userId,
  authTime,
}: {
  userId: string
  authTime: number
}): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, active: true, sessionsValidFrom: true },
  })
  if (!user || !user.active) return null
  if (user.sessionsValidFrom && authTime < user.sessionsValidFrom.getTime()) return null
  return { id: user.id, email: user.email, name: user.name, role: user.role }
}
