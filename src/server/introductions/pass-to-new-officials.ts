import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { logger } from '@/server/log'
import { createToken, hashToken } from '@/server/tokens/hash-token'
import { INTRODUCTION_ANSWER_DAYS } from '@/schemas/introductions'
import { sendIntroductionRequestEmail } from './introduction-emails'
import { listIntroductionRecipients } from './list-introduction-recipients'

const log = logger('reminders')
const DAY_MS = 24 * 60 * 60 * 1000

export type PassOnSummary = { passedOn: number; emails: number; failed: number }

/**
 * For `npm run reminders`: an open request that went to a pledge's signatory (the place had no confirmed official)
 * whose place has one now is sent to its officials, each with their own link, valid until the request's own
 * 14 days end; the signatory's link stopped working when the official was confirmed (findAnswerToken). Once per
 * request: it is passed on only while none of its links belongs to an official. Audited.
 */
export async function passIntroductionsToNewOfficials({
  now = new Date(),
}: { now?: Date } = {}): Promise<PassOnSummary> {
  const summary: PassOnSummary = { passedOn: 0, emails: 0, failed: 0 }
  const due = await db.introduction.findMany({
    where: {
      status: 'REQUESTED',
      tokens: { none: { userId: { not: null } } },
      toMunicipality: { officials: { some: { confirmed: true, user: { active: true } } } },
    },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      message: true,
      createdAt: true,
      toMunicipalityId: true,
      requester: { select: { id: true, name: true, email: true } },
      fromMunicipality: { select: { name: true, state: true } },
      toMunicipality: { select: { name: true, state: true } },
      solution: { select: { title: true } },
    },
  })
  for (const i of due) {
    const answerBy = new Date(i.createdAt.getTime() + INTRODUCTION_ANSWER_DAYS * DAY_MS)
    if (answerBy <= now) continue // the expiry job closes it
    const officials = (
      await listIntroductionRecipients({ municipalityId: i.toMunicipalityId, exceptUserId: i.requester.id })
    ).filter((r) => r.kind === 'official')
    if (officials.length === 0) continue
    const tokens = officials.map((r) => ({ recipient: r, token: createToken() }))
    const passed = await db.$transaction(async (tx) => {
      const open = await tx.introduction.count({
        where: { id: i.id, status: 'REQUESTED', tokens: { none: { userId: { not: null } } } },
      })
      if (open !== 1) return false
      await tx.emailToken.createMany({
        data: tokens.map((t) => ({
          tokenHash: hashToken(t.token),
          purpose: 'ANSWER_INTRODUCTION' as const,
          introductionId: i.id,
          userId: t.recipient.userId,
          expiresAt: answerBy,
        })),
      })
      await recordAudit({
        client: tx,
        actor: { label: 'scheduled job (npm run reminders)' },
        action: 'introduction.pass-on',
        entityType: 'Introduction',
        entityId: i.id,
        after: { officialsAsked: tokens.length },
      })
      return true
    })
    if (!passed) continue
    summary.passedOn += 1
    for (const t of tokens) {
      try {
        await sendIntroductionRequestEmail({
          to: t.recipient,
          requester: i.requester,
          from: i.fromMunicipality,
          toPlace: i.toMunicipality,
          solutionTitle: i.solution?.title ?? null,
          message: i.message,
          token: t.token,
          answerBy,
        })
        summary.emails += 1
      } catch (e) {
        log.error({ err: e }, 'introduction pass-on email failed')
        summary.failed += 1
      }
    }
  }
  return summary
}
