import 'server-only'
import { db } from '@/server/db'
import { invalidateAsk } from '@/server/cache-tags'
import { hashToken, isWellFormedToken } from '@/server/tokens/hash-token'
import { logger } from '@/server/log'
import { checkAskThresholds } from './check-ask-thresholds'

const log = logger('asks')

export type ConfirmAskResult =
  { state: 'confirmed'; placeSlug: string; campaignSlug: string } | { state: 'invalid' | 'used' | 'expired' }

/**
 * Confirms a signature by its emailed link's token (the page's button; opening the link changes nothing).
 * The token is spent and the signature counted in one transaction; every other link to it stops working.
 * The thresholds are checked after the commit, so the last of two confirmations at once sees both.
 */
export async function confirmAsk({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<ConfirmAskResult> {
  if (!isWellFormedToken(token)) return { state: 'invalid' }
  const tokenHash = hashToken(token)
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.emailToken.updateMany({
      where: { tokenHash, purpose: 'CONFIRM_ASK', usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    })
    if (count !== 1) return null
    const signature = await tx.askSignature.findFirstOrThrow({
      where: { tokens: { some: { tokenHash } } },
      select: {
        id: true,
        status: true,
        municipalityId: true,
        campaignId: true,
        municipality: { select: { slug: true } },
        campaign: { select: { slug: true } },
      },
    })
    if (signature.status !== 'CONFIRMED')
      await tx.askSignature.update({
        where: { id: signature.id },
        data: { status: 'CONFIRMED', confirmedAt: now },
      })
    await tx.emailToken.updateMany({
      where: { askSignatureId: signature.id, usedAt: null },
      data: { usedAt: now },
    })
    return signature
  })
  if (!result) {
    const row = await db.emailToken.findUnique({
      where: { tokenHash },
      select: { purpose: true, usedAt: true },
    })
    if (!row || row.purpose !== 'CONFIRM_ASK') return { state: 'invalid' }
    return { state: row.usedAt ? 'used' : 'expired' }
  }
  invalidateAsk(result.municipality.slug)
  await checkAskThresholds({ municipalityId: result.municipalityId, campaignId: result.campaignId }).catch(
    (e) => log.error({ err: e }, 'ask threshold check failed'),
  )
  return { state: 'confirmed', placeSlug: result.municipality.slug, campaignSlug: result.campaign.slug }
}
