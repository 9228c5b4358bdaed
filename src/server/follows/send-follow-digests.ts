import 'server-only'
import { db } from '@/server/db'
import { isUniqueViolation } from '@/server/errors'
import { isoDate } from '@/lib/format'
import { logger } from '@/server/log'
import { sendFollowDigestEmail, type DigestPlace } from './follow-emails'
import { CONFIRM_FOLLOW_DAYS, issueFollowLinks } from './follow-links'
import { recordComplianceEvents } from './record-compliance-events'

const log = logger('follows')
const DAY_MS = 24 * 60 * 60 * 1000

export type FollowDigestSummary = {
  eventsRecorded: number
  sent: number
  skippedAlreadySent: number
  failed: number
  removed: { pendingFollows: number; followers: number; links: number }
}

/**
 * The daily job (npm run reminders): one digest per follower per UTC day at most, with every notice owed to the
 * follower's places since the last one (decision 0023). The FollowDigest row (unique per follower and day) is
 * inserted and the notices claimed in one transaction before the email goes: a rerun, or a concurrent run, finds
 * nothing left to send; a failed email deletes the row, which hands its notices back to the next run. Then the
 * job forgets what the follower model must not keep: follows never confirmed, addresses that follow nothing,
 * expired links.
 */
export async function sendFollowDigests({
  now = new Date(),
}: { now?: Date } = {}): Promise<FollowDigestSummary> {
  const summary: FollowDigestSummary = {
    eventsRecorded: await recordComplianceEvents({ now }),
    sent: 0,
    skippedAlreadySent: 0,
    failed: 0,
    removed: { pendingFollows: 0, followers: 0, links: 0 },
  }
  const day = isoDate(now)
  const followers = await db.follower.findMany({
    where: { follows: { some: { confirmedAt: { not: null }, notices: { some: { digestId: null } } } } },
    select: { id: true, email: true },
    orderBy: { id: 'asc' },
  })
  for (const follower of followers) {
    let claimed: {
      digestId: string
      places: DigestPlace[]
      links: Awaited<ReturnType<typeof issueFollowLinks>>
    }
    try {
      claimed = await db.$transaction(async (tx) => {
        const digest = await tx.followDigest.create({
          data: { followerId: follower.id, day, sentAt: now },
          select: { id: true },
        })
        const notices = await tx.followNotice.findMany({
          where: { digestId: null, follow: { followerId: follower.id, confirmedAt: { not: null } } },
          select: {
            id: true,
            event: {
              select: {
                summary: true,
                happenedAt: true,
                municipality: { select: { name: true, slug: true } },
              },
            },
          },
          orderBy: [{ event: { happenedAt: 'asc' } }, { id: 'asc' }],
        })
        await tx.followNotice.updateMany({
          where: { id: { in: notices.map((n) => n.id) }, digestId: null },
          data: { digestId: digest.id },
        })
        const byPlace = new Map<string, DigestPlace>()
        for (const { event } of notices) {
          const place = byPlace.get(event.municipality.slug) ?? { ...event.municipality, items: [] }
          place.items.push({ summary: event.summary, happenedAt: event.happenedAt })
          byPlace.set(event.municipality.slug, place)
        }
        const links = await issueFollowLinks(tx, { followerId: follower.id, now })
        return { digestId: digest.id, places: [...byPlace.values()], links }
      })
    } catch (e) {
      if (!isUniqueViolation(e)) throw e
      summary.skippedAlreadySent += 1 // today's digest went already: these notices wait for tomorrow's
      continue
    }
    try {
      await sendFollowDigestEmail({ to: follower.email, places: claimed.places, links: claimed.links, now })
      summary.sent += 1
    } catch (e) {
      log.error({ err: e }, 'follow digest email failed')
      // The notices' digestId is set null with the row (onDelete: SetNull): the next run sends them.
      await db.followDigest.delete({ where: { id: claimed.digestId } })
      summary.failed += 1
    }
  }
  summary.removed = await forgetStaleFollowers(now)
  return summary
}

async function forgetStaleFollowers(now: Date): Promise<FollowDigestSummary['removed']> {
  const stale = new Date(now.getTime() - (CONFIRM_FOLLOW_DAYS + 1) * DAY_MS)
  const pendingFollows = (
    await db.follow.deleteMany({ where: { confirmedAt: null, createdAt: { lt: stale } } })
  ).count
  const followers = (
    await db.follower.deleteMany({ where: { follows: { none: {} }, createdAt: { lt: stale } } })
  ).count
  const links = (
    await db.emailToken.deleteMany({
      where: {
        purpose: { in: ['CONFIRM_FOLLOW', 'FOLLOW_UNSUBSCRIBE', 'FOLLOW_MANAGE'] },
        expiresAt: { lt: now },
      },
    })
  ).count
  return { pendingFollows, followers, links }
}
