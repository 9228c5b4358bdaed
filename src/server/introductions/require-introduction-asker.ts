import 'server-only'
import { refusal } from '@/server/auth/refusal'
import { requireUser } from '@/server/auth/require-user'
import type { SessionUser } from '@/server/auth/find-session-user'
import { listAskingMunicipalities } from './list-asking-municipalities'

/**
 * The guard of the introduction request: a signed-in confirmed official of a member municipality (UNAUTHENTICATED
 * for visitors, FORBIDDEN for anyone else, staff included: they speak for no municipality).
 */
export async function requireIntroductionAsker(): Promise<SessionUser> {
  const user = await requireUser()
  if ((await listAskingMunicipalities(user)).length === 0) throw refusal('FORBIDDEN')
  return user
}
