import 'server-only'
import { db } from '@/server/db'
import { env } from '@/lib/env'
import { normalizeEmail } from '@/lib/text'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { createToken, hashToken } from '@/server/tokens/hash-token'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { STAFF_ROLES } from './staff-roles'

export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000

/**
 * Emails a single-use, one-hour reset link to an active staff member. Unknown or ineligible addresses
 * get no email and the same answer, so the form does not reveal who has an account. Throws
 * AppError RATE_LIMITED after repeated requests from one address or for one email.
 */
export async function requestPasswordReset({
  email,
  ip,
  now = new Date(),
}: {
  email: string
  ip: string
  now?: Date
}) {
  const normalized = normalizeEmail(email)
  await consumeRateLimit('password-reset:ip', ip)
  await consumeRateLimit('password-reset:email', normalized)
  const user = await db.user.findFirst({
    where: { email: normalized, active: true, role: { in: [...STAFF_ROLES] } },
    select: { id: true, email: true, name: true },
  })
  if (!user) return
  const token = createToken()
  await db.$transaction([
    // Only the newest link works.
    db.emailToken.updateMany({
      where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null },
      data: { usedAt: now },
    }),
    db.emailToken.create({
      data: {
        tokenHash: hashToken(token),
        purpose: 'PASSWORD_RESET',
        userId: user.id,
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS),
      },
    }),
  ])
  const content = renderEmail({
    greeting: user.name ? `Dear ${user.name},` : undefined,
    paragraphs: [
      'Someone asked to reset the password of your staff account. Use the link below within one hour to choose a new one.',
      'The link works once. Resetting your password signs you out on every device.',
    ],
    actions: [{ label: 'Choose a new password', url: `${env().SITE_URL}/reset-password/${token}` }],
    footnote: 'If you did not ask for this, you can ignore this email: your password stays as it is.',
  })
  await sendMail({ to: user.email, subject: 'Reset your password', ...content })
}
