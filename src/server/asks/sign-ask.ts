import 'server-only'
import { db } from '@/server/db'
import { AppError, isUniqueViolation } from '@/server/errors'
import { normalizeEmail } from '@/lib/text'
import { logger } from '@/server/log'
import type { AskInput } from '@/schemas/asks'
import { sendAskEmail } from './ask-emails'
import { findAskTarget } from './find-ask-target'
import { issueAskToken } from './issue-ask-token'

const log = logger('asks')

export type SignAskOutcome = 'PENDING' | 'ALREADY_PENDING' | 'ALREADY_CONFIRMED'

/**
 * A resident signs "Ask <place> to join <campaign>". One signature per email per place and campaign (a unique
 * constraint): a second attempt changes nothing and emails the address's owner again (a fresh confirmation
 * link while it waits, else "already signed"), so the form's answer is the same whoever typed the address.
 * A place that has signed the campaign takes no more signatures (CONFLICT, reason `signed`).
 */
export async function signAsk({
  placeSlug,
  campaignSlug,
  input,
  now = new Date(),
}: {
  placeSlug: string
  campaignSlug: string
  input: AskInput
  now?: Date
}): Promise<{ outcome: SignAskOutcome; signatureId: string }> {
  const target = await findAskTarget({ placeSlug, campaignSlug })
  if (!target) throw new AppError('NOT_FOUND')
  const { place, campaign } = target
  if (target.signedAt)
    throw new AppError('CONFLICT', `${place.name} has already signed ${campaign.shortName}.`, {
      reason: 'signed',
    })
  const email = normalizeEmail(input.email)
  const key = { municipalityId: place.id, campaignId: campaign.id, email }
  const comment = input.comment || null

  const attempt = () =>
    db.$transaction(async (tx) => {
      const existing = await tx.askSignature.findUnique({
        where: { municipalityId_campaignId_email: key },
        select: { id: true, status: true, name: true },
      })
      const signature =
        existing ??
        (await tx.askSignature.create({
          data: { ...key, name: input.name, comment, commentStatus: comment ? 'PENDING' : null },
          select: { id: true, status: true, name: true },
        }))
      const outcome: SignAskOutcome = !existing
        ? 'PENDING'
        : existing.status === 'CONFIRMED'
          ? 'ALREADY_CONFIRMED'
          : 'ALREADY_PENDING'
      const confirmToken =
        outcome === 'ALREADY_CONFIRMED'
          ? undefined
          : await issueAskToken(tx, { signatureId: signature.id, now })
      return { outcome, signature, confirmToken }
    })
  // Two first attempts with one address at once: the loser of the unique constraint is a repeat.
  const result = await attempt().catch((e) => (isUniqueViolation(e) ? attempt() : Promise.reject(e)))

  await sendAskEmail({
    kind: result.outcome === 'ALREADY_CONFIRMED' ? 'already-signed' : 'confirm',
    to: email,
    // A repeat is addressed with the name given first: the person typing now may not be the address's owner.
    name: result.signature.name,
    place,
    campaign,
    confirmToken: result.confirmToken,
  }).catch((e) => log.error({ err: e }, 'ask email failed'))
  return { outcome: result.outcome, signatureId: result.signature.id }
}
