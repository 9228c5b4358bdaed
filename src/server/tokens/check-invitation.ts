import 'server-only'
import type { UserRole } from '@/server/auth/staff-roles'
import { findEmailToken, tokenState } from './find-email-token'

export type InvitationState =
  | { state: 'valid'; role: UserRole; email: string; name: string | null }
  | { state: 'expired' | 'used' | 'invalid' }

/** What an invitation link is worth now, without spending it (mail scanners open links too). */
export async function checkInvitation({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<InvitationState> {
  const row = await findEmailToken({
    token,
    purpose: 'INVITATION',
    select: { user: { select: { role: true, email: true, name: true } } },
  })
  if (!row?.user) return { state: 'invalid' }
  const state = tokenState(row, now)
  if (state !== 'valid') return { state }
  return { state, role: row.user.role, email: row.user.email, name: row.user.name }
}
