import 'server-only'
import { db } from '@/server/db'
import { hashToken, isWellFormedToken } from './hash-token'
import type { UserRole } from '@/server/auth/staff-roles'

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
  if (!isWellFormedToken(token)) return { state: 'invalid' }
  const row = await db.emailToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { role: true, email: true, name: true } },
    },
  })
  if (!row || row.purpose !== 'INVITATION' || !row.user) return { state: 'invalid' }
  if (row.usedAt) return { state: 'used' }
  if (row.expiresAt <= now) return { state: 'expired' }
  return { state: 'valid', role: row.user.role, email: row.user.email, name: row.user.name }
}
