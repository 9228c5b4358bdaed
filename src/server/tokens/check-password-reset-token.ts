import 'server-only'
import { db } from '@/server/db'
import { hashToken, isWellFormedToken } from './hash-token'

export type PasswordResetTokenState = 'valid' | 'expired' | 'used' | 'invalid'

/** What a reset link is worth now, without spending it (mail scanners may open links). */
export async function checkPasswordResetToken({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<PasswordResetTokenState> {
  if (!isWellFormedToken(token)) return 'invalid'
  const row = await db.emailToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, userId: true },
  })
  if (!row || row.purpose !== 'PASSWORD_RESET' || !row.userId) return 'invalid'
  if (row.usedAt) return 'used'
  return row.expiresAt > now ? 'valid' : 'expired'
}
