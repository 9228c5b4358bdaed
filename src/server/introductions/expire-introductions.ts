import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { logger } from '@/server/log'
import { INTRODUCTION_ANSWER_DAYS } from '@/schemas/introductions'
import { sendIntroductionClosedEmail } from './introduction-emails'

const log = logger('reminders')
const DAY_MS = 24 * 60 * 60 * 1000

export type ExpirySummary = { expired: number; failed: number }

/**
 * Closes the requests nobody answered within 14 days, kindly: EXPIRED, the pair free to ask again, the answer
 * links spent, an audit entry and a kind email to the asker. Idempotent: each request closes in a transaction
 * conditional on its status, so a rerun (or a concurrent run, or an answer at the same moment) closes nothing
 * twice and emails nobody twice.
 */
export async function expireIntroductions({ now = new Date() }: { now?: Date } = {}): Promise<ExpirySummary> {
  const summary: ExpirySummary = { expired: 0, failed: 0 }
  const due = await db.introduction.findMany({
    where: {
      status: 'REQUESTED',
      createdAt: { lte: new Date(now.getTime() - INTRODUCTION_ANSWER_DAYS * DAY_MS) },
    },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      requester: { select: { email: true, name: true } },
      toMunicipality: { select: { name: true, state: true } },
    },
  })
  for (const i of due) {
    const closed = await db.$transaction(async (tx) => {
      const { count } = await tx.introduction.updateMany({
        where: { id: i.id, status: 'REQUESTED' },
        data: { status: 'EXPIRED', openKey: null, closedAt: now },
      })
      if (count !== 1) return false
      await tx.emailToken.updateMany({ where: { introductionId: i.id, usedAt: null }, data: { usedAt: now } })
      await recordAudit({
        client: tx,
        actor: { label: 'scheduled job (npm run reminders)' },
        action: 'introduction.expire',
        entityType: 'Introduction',
        entityId: i.id,
        before: { status: 'REQUESTED' },
        after: { status: 'EXPIRED' },
      })
      return true
    })
    if (!closed) continue
    summary.expired += 1
    try {
      await sendIntroductionClosedEmail({ to: i.requester, toPlace: i.toMunicipality, reason: 'expired' })
    } catch (e) {
      log.error({ err: e }, 'introduction expiry email failed')
      summary.failed += 1
    }
  }
  return summary
}
