import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { logger } from '@/server/log'
import type { IntroductionAnswer } from '@/schemas/introductions'
import { findAnswerToken } from './find-answer-token'
import { sendIntroductionClosedEmail } from './introduction-emails'
import { sendIntroductionContacts } from './send-introduction-contacts'

const log = logger('introductions')

export type AnswerResult =
  { state: 'accepted' | 'declined'; fromName: string } | { state: 'invalid' | 'answered' | 'expired' }

/**
 * Answers an introduction request by an emailed link's token (the page's button, never the GET). The token must
 * belong to a confirmed official of the municipality asked, or to the signatory of its approved pledge while it
 * has no confirmed official (findAnswerToken); the request must still be open. Closing the request
 * and spending every answer link it sent happen in one transaction, conditional on its status: of two answers
 * (two colleagues, two presses), one wins and the other is told it was answered. On accept, both sides get each
 * other's name, email address and municipality by email (the signatory's, when they answered), each email
 * retried by the reminders job if it fails; on decline, the asker gets a kind email without reasons.
 */
export async function answerIntroduction({
  token,
  choice,
  now = new Date(),
}: IntroductionAnswer & { now?: Date }): Promise<AnswerResult> {
  type Answered = {
    state: 'accepted' | 'declined'
    row: NonNullable<Awaited<ReturnType<typeof findAnswerToken>>>
  }
  const result = await db.$transaction(async (tx): Promise<Answered | AnswerResult> => {
    const row = await findAnswerToken(tx, token)
    if (!row) return { state: 'invalid' as const }
    const { introduction: i, answerer } = row
    if (i.status === 'EXPIRED') return { state: 'expired' as const }
    if (row.usedAt || i.status !== 'REQUESTED') return { state: 'answered' as const }
    if (row.expiresAt <= now) return { state: 'expired' as const }
    const status = choice === 'accept' ? ('ACCEPTED' as const) : ('DECLINED' as const)
    const { count } = await tx.introduction.updateMany({
      where: { id: i.id, status: 'REQUESTED' },
      data: {
        status,
        openKey: null,
        answeredById: answerer.userId,
        answeredByPledgeId: answerer.pledgeId,
        answeredAt: now,
        closedAt: now,
      },
    })
    if (count !== 1) {
      // Closed since it was read (a colleague's answer, or the expiry job): say which.
      const closed = await tx.introduction.findUnique({ where: { id: i.id }, select: { status: true } })
      return { state: closed?.status === 'EXPIRED' ? ('expired' as const) : ('answered' as const) }
    }
    await tx.emailToken.updateMany({
      where: { introductionId: i.id, usedAt: null },
      data: { usedAt: now },
    })
    await recordAudit({
      client: tx,
      actor:
        answerer.kind === 'official'
          ? { id: answerer.userId, label: `${answerer.email} (answer link)` }
          : { label: `${answerer.email} (pledge signatory's answer link)` },
      action: choice === 'accept' ? 'introduction.accept' : 'introduction.decline',
      entityType: 'Introduction',
      entityId: i.id,
      before: { status: 'REQUESTED' },
      after: { status, answeredBy: answerer.kind, pledgeId: answerer.pledgeId },
    })
    return { state: choice === 'accept' ? ('accepted' as const) : ('declined' as const), row }
  })
  if (!('row' in result)) return result as AnswerResult
  const { introduction: i } = result.row
  if (result.state === 'accepted') {
    // Each contact email is sent once, and retried by `npm run reminders` if sending fails.
    await sendIntroductionContacts({ introductionId: i.id, now }).catch((e) =>
      log.error({ err: e }, 'introduction contact emails failed'),
    )
  } else {
    await sendIntroductionClosedEmail({
      to: i.requester,
      toPlace: i.toMunicipality,
      reason: 'declined',
    }).catch((e) => log.error({ err: e }, 'introduction answer email failed'))
  }
  return { state: result.state, fromName: `${i.fromMunicipality.name}, ${i.fromMunicipality.state}` }
}
