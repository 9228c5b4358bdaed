import 'server-only'
import { findEmailToken, tokenState } from './find-email-token'

export type PasswordResetTokenState = 'valid' | 'expired' | 'used' | 'invalid'

/** What a reset link is worth now, without spending it (mail scanners may open links). */
export async function checkPasswordResetToken({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<PasswordResetTokenState> {
  const row = await findEmailToken({ token, purpose: 'PASSWORD_RESET', select: { userId: true } })
  if (!row?.userId) return 'invalid'
  return tokenState(row, now)
}
