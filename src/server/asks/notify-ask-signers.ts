import 'server-only'
import { db } from '@/server/db'
import { invalidateAsk } from '@/server/cache-tags'
import { logger } from '@/server/log'
import { sendPlaceSignedEmail } from './ask-emails'

const log = logger('asks')

/**
 * The place has signed the campaign (a pledge approved): every confirmed signer of its ask is told, once.
 * Each signer is claimed by setting placeSignedNotifiedAt where it is still empty, so a second approval, a
 * re-run or two runs at once email nobody twice. Returns how many were emailed.
 */
export async function notifyAskSigners({
  municipalityId,
  campaignId,
  now = new Date(),
}: {
  municipalityId: string
  campaignId: string
  now?: Date
}): Promise<number> {
  const [place, campaign, signers] = await Promise.all([
    db.municipality.findUniqueOrThrow({
      where: { id: municipalityId },
      select: { name: true, state: true, slug: true, isMember: true },
    }),
    db.campaign.findUniqueOrThrow({
      where: { id: campaignId },
      select: { name: true, shortName: true, slug: true },
    }),
    db.askSignature.findMany({
      where: { municipalityId, campaignId, status: 'CONFIRMED', placeSignedNotifiedAt: null },
      select: { id: true, name: true, email: true },
      orderBy: { confirmedAt: 'asc' },
    }),
  ])
  invalidateAsk(place.slug)
  let sent = 0
  for (const s of signers) {
    const { count } = await db.askSignature.updateMany({
      where: { id: s.id, placeSignedNotifiedAt: null },
      data: { placeSignedNotifiedAt: now },
    })
    if (count !== 1) continue
    sent++
    await sendPlaceSignedEmail({
      to: s.email,
      name: s.name,
      place,
      campaign,
      isMember: place.isMember,
    }).catch((e) => log.error({ err: e }, 'ask place-signed email failed'))
  }
  return sent
}
