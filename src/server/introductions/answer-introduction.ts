import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { logger } from '@/server/log'
import type { IntroductionAnswer } from '@/schemas/introductions'
import { findAnswerToken } from './find-answer-token'
import { sendIntroductionClosedEmail, sendIntroductionContactEmail } from './introduction-emails'

const log = logger('introductions')

export type AnswerResult =
  { state: 'accepted' | 'declined'; fromName: string } | { state: 'invalid' | 'answered' | 'expired' }

/**
 * Answers an introduction request by an emailed link's token (the page's button, never the GET). The token must
 * belong to a confirmed official of the municipality asked; the request must still be open. Closing the request
 * and spending every answer link it sent happen in one transaction, conditional on its status: of two answers
 * (two colleagues, two presses), one wins and the other is told it was answered. On accept, both sides get each
 * other's name, email address and municipality by email; on decline, the asker gets a kind email without reasons.
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
    const { introduction: i, user } = row
    if (i.status === 'EXPIRED') return { state: 'expired' as const }
    if (row.usedAt || i.status !== 'REQUESTED') return { state: 'answered' as const }
    if (row.expiresAt <= now) return { state: 'expired' as const }
    const status = choice === 'accept' ? ('ACCEPTED' as const) : ('DECLINED' as const)
    const { count } = await tx.introduction.updateMany({
      where: { id: i.id, status: 'REQUESTED' },
      data: { status, openKey: null, answeredById: user.id, answeredAt: now, closedAt: now },
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
      actor: { id: user.id, label: `${user.email} (answer link)` },
      action: choice === 'accept' ? 'introduction.accept' : 'introduction.decline',
      entityType: 'Introduction',
      entityId: i.id,
      before: { status: 'REQUESTED' },
      after: { status },
    })
    return { state: choice === 'accept' ? ('accepted' as const) : ('declined' as const), row }
  })
  if (!('row' in result)) return result as AnswerResult
  const { introduction: i, user } = result.row
  const send = (p: Promise<unknown>) =>
    p.catch((e) => log.error({ err: e }, 'introduction answer email failed'))
  if (result.state === 'accepted') {
    const solutionTitle = i.solution?.title ?? null
    await send(
      sendIntroductionContactEmail({
        to: i.requester,
        other: user,
        otherPlace: i.toMunicipality,
        subjectPlace: i.toMunicipality,
        asker: true,
        solutionTitle,
      }),
    )
    await send(
      sendIntroductionContactEmail({
        to: user,
        other: i.requester,
        otherPlace: i.fromMunicipality,
        subjectPlace: i.fromMunicipality,
        asker: false,
        solutionTitle,
      }),
    )
  } else {
    await send(
      sendIntroductionClosedEmail({ to: i.requester, toPlace: i.toMunicipality, reason: 'declined' }),
    )
  }
  return { state: result.state, fromName: `${i.fromMunicipality.name}, ${i.fromMunicipality.state}` }
}
