import 'server-only'
import { db } from '@/server/db'
import { isUniqueViolation } from '@/server/errors'
import { rolesWith } from '@/server/auth/permissions'
import { siteSettings } from '@/lib/site'
import { askLetter, thresholdsReached } from '@/lib/domain/asks'
import { logger } from '@/server/log'
import { askPath, sendThresholdEmail } from './ask-emails'

const log = logger('asks')

/**
 * Emails staff the letter for each threshold (25, 100) a place's ask has reached, once per threshold: the
 * AskThresholdLog row's unique key is the claim, so of two confirmations at once only one sends. Called after
 * a confirmation commits; returns the thresholds this call sent.
 */
export async function checkAskThresholds({
  municipalityId,
  campaignId,
}: {
  municipalityId: string
  campaignId: string
}): Promise<number[]> {
  const count = await db.askSignature.count({ where: { municipalityId, campaignId, status: 'CONFIRMED' } })
  const reached = thresholdsReached(count)
  if (reached.length === 0) return []
  const logged = await db.askThresholdLog.findMany({
    where: { municipalityId, campaignId },
    select: { threshold: true },
  })
  const claimed: number[] = []
  for (const threshold of reached) {
    if (logged.some((l) => l.threshold === threshold)) continue
    try {
      await db.askThresholdLog.create({ data: { municipalityId, campaignId, threshold, count } })
      claimed.push(threshold)
    } catch (e) {
      if (!isUniqueViolation(e)) throw e
    }
  }
  if (claimed.length === 0) return []

  const [place, campaign, comments, staff] = await Promise.all([
    db.municipality.findUniqueOrThrow({
      where: { id: municipalityId },
      select: { name: true, state: true, slug: true },
    }),
    db.campaign.findUniqueOrThrow({
      where: { id: campaignId },
      select: { name: true, shortName: true, slug: true, tagline: true },
    }),
    db.askSignature.findMany({
      where: { municipalityId, campaignId, status: 'CONFIRMED', commentStatus: 'APPROVED' },
      orderBy: { confirmedAt: 'asc' },
      select: { name: true, comment: true },
    }),
    db.user.findMany({
      where: { active: true, role: { in: rolesWith('ask.moderate') } },
      select: { email: true },
      orderBy: { email: 'asc' },
    }),
  ])
  const { orgName, siteUrl } = siteSettings()
  const letter = askLetter({
    place,
    campaign,
    count,
    comments: comments.map((c) => ({ name: c.name, comment: c.comment ?? '' })),
    orgName,
    askUrl: `${siteUrl}${askPath(place.slug, campaign.slug)}`,
  })
  for (const threshold of claimed)
    for (const { email } of staff)
      await sendThresholdEmail({ to: email, threshold, place, campaign, letter }).catch((e) =>
        log.error({ err: e }, 'ask threshold email failed'),
      )
  return claimed
}
