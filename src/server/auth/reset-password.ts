import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { hashToken, isWellFormedToken } from '@/server/tokens/hash-token'
import { hashPassword } from './hash-password'
import {
  checkPasswordResetToken,
  type PasswordResetTokenState,
} from '@/server/tokens/check-password-reset-token'

/**
 * Sets a new password with a reset link. The link is spent atomically (of two concurrent uses one
 * wins); the account is unlocked and every existing session ends.
 */
export async function resetPassword({
  token,
  password,
  now = new Date(),
}: {
  token: string
  password: string
  now?: Date
}): Promise<{ ok: true } | { ok: false; state: Exclude<PasswordResetTokenState, 'valid'> }> {
  if (!isWellFormedToken(token)) return { ok: false, state: 'invalid' }
  const passwordHash = await hashPassword(password)
  const tokenHash = hashToken(token)
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.emailToken.updateMany({
      where: {
        tokenHash,
        purpose: 'PASSWORD_RESET',
        usedAt: null,
        expiresAt: { gt: now },
        userId: { not: null },
      },
      data: { usedAt: now },
    })
    if (count !== 1) return false
    const { userId } = await tx.emailToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { userId: true },
    })
    const user = await tx.user.update({
      where: { id: userId! },
      data: { passwordHash, failedLoginCount: 0, lockedUntil: null, sessionsValidFrom: now },
      select: { id: true, email: true },
    })
    await recordAudit({
      actor: { id: user.id, label: user.email },
      action: 'user.reset-password',
      entityType: 'User',
      entityId: user.id,
      client: tx,
    })
    return true
  })
  if (done) return { ok: true }
  const state = await checkPasswordResetToken({ token, now })
  return { ok: false, state: state === 'valid' ? 'used' : state }
}
