import 'server-only'
import { db } from '@/server/db'
import { refusal } from './refusal'
import type { SessionUser } from './find-session-user'
import { requireUser } from './require-user'

/** The signed-in user when they are a confirmed official of the municipality (or an ADMIN). */
export async function requireOfficialOf(municipalityId: string): Promise<SessionUser> {
  const user = await requireUser()
  if (user.role === 'ADMIN') return user
  const link = await db.municipalityOfficial.findFirst({
    where: { userId: user.id, municipalityId, confirmed: true },
    select: { userId: true },
  })
  if (!link) throw refusal('FORBIDDEN')
  return user
}
