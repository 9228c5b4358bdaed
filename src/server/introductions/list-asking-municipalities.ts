import 'server-only'
import { db } from '@/server/db'
import type { SessionUser } from '@/server/auth/find-session-user'

export type AskingMunicipality = { id: string; slug: string; name: string; state: string }

/**
 * The member municipalities a user may ask an introduction for: those they are a confirmed official of. Staff
 * are members of the network (isNetworkMember) but speak for no municipality, so they ask for none.
 */
export async function listAskingMunicipalities(user: SessionUser | null): Promise<AskingMunicipality[]> {
  if (!user) return []
  return db.municipality.findMany({
    where: { isMember: true, officials: { some: { userId: user.id, confirmed: true } } },
    select: { id: true, slug: true, name: true, state: true },
    orderBy: { searchName: 'asc' },
  })
}
