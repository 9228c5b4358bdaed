import 'server-only'
import { db } from '@/server/db'
import { AppError, isUniqueViolation } from '@/server/errors'
import { isSlug, normalizeEmail } from '@/lib/text'
import { logger } from '@/server/log'
import { sendAlreadyFollowingEmail, sendConfirmFollowEmail } from './follow-emails'
import { issueConfirmFollowToken, issueFollowLinks } from './follow-links'

const log = logger('follows')

export type FollowRequestOutcome = 'CONFIRMATION_SENT' | 'ALREADY_FOLLOWING'

/**
 * Someone asks to follow a member municipality by email (decision 0023). A new or still pending follow gets a
 * single-use confirm link (double opt-in); a follow already confirmed gets an email saying so. The caller answers
 * "check your inbox" in every case, so the form never tells whether an address follows a place.
 */
export async function requestFollow({
  slug,
  email,
  now = new Date(),
}: {
  slug: string
  email: string
  now?: Date
}): Promise<{ outcome: FollowRequestOutcome }> {
  // The form's hidden field can be anything a hand-made request sends: what is not a slug names no place.
  if (!isSlug(slug)) throw new AppError('NOT_FOUND')
  const place = await db.municipality.findFirst({
    where: { slug, isMember: true },
    select: { id: true, name: true, slug: true },
  })
  if (!place) throw new AppError('NOT_FOUND')
  const address = normalizeEmail(email)

  const attempt = () =>
    db.$transaction(async (tx) => {
      const follower = await tx.follower.upsert({
        where: { email: address },
        create: { email: address },
        update: {},
        select: { id: true },
      })
      const follow = await tx.follow.upsert({
        where: { followerId_municipalityId: { followerId: follower.id, municipalityId: place.id } },
        create: { followerId: follower.id, municipalityId: place.id },
        update: {},
        select: { id: true, confirmedAt: true },
      })
      const links = await issueFollowLinks(tx, { followerId: follower.id, now })
      if (follow.confirmedAt) return { outcome: 'ALREADY_FOLLOWING' as const, links, token: null }
      const token = await issueConfirmFollowToken(tx, { followId: follow.id, now })
      return { outcome: 'CONFIRMATION_SENT' as const, links, token }
    })
  // Two requests for a new address at once: the second's insert meets the first's row; once more finds it.
  const result = await attempt().catch((e: unknown) => {
    if (isUniqueViolation(e)) return attempt()
    throw e
  })

  const sent = result.token
    ? sendConfirmFollowEmail({ to: address, place, token: result.token, links: result.links })
    : sendAlreadyFollowingEmail({ to: address, place, links: result.links })
  await sent.catch((e) => log.error({ err: e }, 'follow email failed'))
  return { outcome: result.outcome }
}
