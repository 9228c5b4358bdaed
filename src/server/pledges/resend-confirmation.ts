import 'server-only'
import { db } from '@/server/db'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { normalizeEmail } from '@/lib/text'
import { fieldErrorsOf, resendSchema, type FieldErrors } from '@/schemas/pledge'
import { issuePledgeToken } from './issue-pledge-token'
import { sendConfirmEmail } from './pledge-emails'
import { logger } from '@/server/log'

const log = logger('pledges')

/**
 * Sends a new confirmation link for each pledge of this address still awaiting confirmation. The
 * answer is the same whether or not the address is known, so the form reveals nothing.
 */
export async function resendConfirmation({
  input,
  ip,
}: {
  input: unknown
  ip: string
}): Promise<{ status: 'sent' } | { status: 'invalid'; fieldErrors: FieldErrors }> {
  await consumeRateLimit('pledge-resend:ip', ip)
  const parsed = resendSchema.safeParse(input)
  if (!parsed.success) return { status: 'invalid', fieldErrors: fieldErrorsOf(parsed.error) }
  const emailNormalized = normalizeEmail(parsed.data.email)
  await consumeRateLimit('pledge-resend:email', emailNormalized)
  const pending = await db.pledge.findMany({
    where: { emailNormalized, status: 'PENDING_EMAIL' },
    take: 5,
    select: {
      id: true,
      email: true,
      signatoryName: true,
      municipality: { select: { name: true } },
      campaign: { select: { name: true } },
    },
  })
  for (const p of pending) {
    const confirmToken = await issuePledgeToken(db, { pledgeId: p.id, purpose: 'CONFIRM_PLEDGE' })
    await sendConfirmEmail({
      to: p.email,
      signatoryName: p.signatoryName,
      municipalityName: p.municipality.name,
      campaignName: p.campaign.name,
      confirmToken,
    }).catch((e) => log.error({ err: e }, 'pledge confirmation email failed'))
  }
  return { status: 'sent' }
}
