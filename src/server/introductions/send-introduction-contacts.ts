import 'server-only'
import { db } from '@/server/db'
import { logger } from '@/server/log'
import { sendIntroductionContactEmail } from './introduction-emails'

const log = logger('introductions')

export type ContactSummary = { sent: number; failed: number }

const SIDES = ['askerContactSentAt', 'answererContactSentAt'] as const
type Side = (typeof SIDES)[number]
const sentAt = (side: Side, value: Date | null) =>
  side === 'askerContactSentAt' ? { askerContactSentAt: value } : { answererContactSentAt: value }

/**
 * Sends the two contact emails of an accepted introduction that have not been sent: to the asker, who answered
 * (the official, or the pledge's signatory when the place had no official), and to them, who asked. Each is
 * claimed first (its `…ContactSentAt` set where still null, so two runs never both send it) and the claim is
 * cleared if sending fails, so the next `npm run reminders` run sends it again: the way event reminders are
 * retried. Called right after an accept, and by the job for every accepted introduction with one unsent.
 */
export async function sendIntroductionContacts({
  introductionId,
  now = new Date(),
}: {
  introductionId: string
  now?: Date
}): Promise<ContactSummary> {
  const summary: ContactSummary = { sent: 0, failed: 0 }
  const i = await db.introduction.findFirst({
    where: { id: introductionId, status: 'ACCEPTED' },
    select: {
      id: true,
      askerContactSentAt: true,
      answererContactSentAt: true,
      requester: { select: { email: true, name: true } },
      answeredBy: { select: { email: true, name: true } },
      answeredByPledge: { select: { email: true, signatoryName: true } },
      fromMunicipality: { select: { name: true, state: true } },
      toMunicipality: { select: { name: true, state: true } },
      solution: { select: { title: true } },
    },
  })
  if (!i) return summary
  const answerer =
    i.answeredBy ??
    (i.answeredByPledge ? { email: i.answeredByPledge.email, name: i.answeredByPledge.signatoryName } : null)
  if (!answerer) {
    log.warn({ introductionId }, 'accepted introduction has no answerer left to share: contacts not sent')
    return summary
  }
  const solutionTitle = i.solution?.title ?? null
  const emails: Record<Side, () => Promise<unknown>> = {
    askerContactSentAt: () =>
      sendIntroductionContactEmail({
        to: i.requester,
        other: answerer,
        otherPlace: i.toMunicipality,
        subjectPlace: i.toMunicipality,
        asker: true,
        solutionTitle,
      }),
    answererContactSentAt: () =>
      sendIntroductionContactEmail({
        to: answerer,
        other: i.requester,
        otherPlace: i.fromMunicipality,
        subjectPlace: i.fromMunicipality,
        asker: false,
        solutionTitle,
      }),
  }
  for (const side of SIDES) {
    if (i[side]) continue
    const { count } = await db.introduction.updateMany({
      where: { id: i.id, status: 'ACCEPTED', ...sentAt(side, null) },
      data: sentAt(side, now),
    })
    if (count !== 1) continue
    try {
      await emails[side]()
      summary.sent += 1
    } catch (e) {
      log.error({ err: e, introductionId }, 'introduction contact email failed; the reminders job retries it')
      await db.introduction.update({ where: { id: i.id }, data: sentAt(side, null) })
      summary.failed += 1
    }
  }
  return summary
}

/** For `npm run reminders`: sends every contact email of an accepted introduction not sent yet (a retry). */
export async function sendPendingIntroductionContacts({
  now = new Date(),
}: { now?: Date } = {}): Promise<ContactSummary> {
  const pending = await db.introduction.findMany({
    where: { status: 'ACCEPTED', OR: [{ askerContactSentAt: null }, { answererContactSentAt: null }] },
    orderBy: { answeredAt: 'asc' },
    select: { id: true },
  })
  const summary: ContactSummary = { sent: 0, failed: 0 }
  for (const { id } of pending) {
    const s = await sendIntroductionContacts({ introductionId: id, now })
    summary.sent += s.sent
    summary.failed += s.failed
  }
  return summary
}
