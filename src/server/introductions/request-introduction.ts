import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { AppError, isUniqueViolation } from '@/server/errors'
import { formatDate } from '@/lib/format'
import { logger } from '@/server/log'
import { countAttempt } from '@/server/rate-limit/consume-rate-limit'
import { RATE_LIMITS } from '@/server/rate-limit/create-rate-limiters'
import { createToken, hashToken } from '@/server/tokens/hash-token'
import type { SessionUser } from '@/server/auth/find-session-user'
import { INTRODUCTION_ANSWER_DAYS, type IntroductionRequest } from '@/schemas/introductions'
import { getIntroductionTarget } from './get-introduction-target'
import { sendIntroductionRequestEmail } from './introduction-emails'
import { listIntroductionRecipients, noContactMessage } from './list-introduction-recipients'

const log = logger('introductions')
const LIMIT = RATE_LIMITS['introduction-request:user'].points
const DAY_MS = 24 * 60 * 60 * 1000

/** The key that holds one open request per pair (asking municipality, municipality asked). */
export const openKeyOf = (fromId: string, toId: string) => `${fromId}:${toId}`

/**
 * An official of one member municipality asks another's confirmed officials for an introduction; a member with
 * no confirmed official is asked through the signatory of its approved pledge(s) instead, and one with neither
 * is refused (CONFLICT, reason no-contact: nobody to email; the form says so before it is filled). Each recipient
 * gets an email with their own single-use answer link (only its hash is stored), valid 14 days; nobody's address
 * is shown to anyone. One open request per pair of municipalities (the unique openKey), five requests a day per
 * official (RATE_LIMITED), audited. The asker must be a confirmed official of `from`, else INVALID_INPUT.
 */
export async function requestIntroduction({
  user,
  input,
  now = new Date(),
}: {
  user: SessionUser
  input: IntroductionRequest
  now?: Date
}): Promise<{ id: string; toName: string }> {
  const from = await db.municipality.findFirst({
    where: { slug: input.from, isMember: true, officials: { some: { userId: user.id, confirmed: true } } },
    select: { id: true, slug: true, name: true, state: true },
  })
  if (!from)
    throw new AppError('INVALID_INPUT', 'Choose one of your member municipalities', { field: 'from' })
  const target = await getIntroductionTarget({ to: input.to, solution: input.solution })
  if (!target) throw new AppError('NOT_FOUND')
  const to = target.municipality
  if (to.id === from.id)
    throw new AppError('INVALID_INPUT', 'You cannot ask your own municipality for an introduction', {
      field: 'from',
    })
  // Who gets the answer links: checked before the daily count, which counts valid requests only.
  const recipients = await listIntroductionRecipients({ municipalityId: to.id, exceptUserId: user.id })
  if (recipients.length === 0) throw new AppError('CONFLICT', noContactMessage(to), { reason: 'no-contact' })
  if (!(await countAttempt('introduction-request:user', user.id)))
    throw new AppError(
      'RATE_LIMITED',
      `You have asked for ${LIMIT} introductions in the last day. Please wait a day before asking again.`,
    )

  const answerBy = new Date(now.getTime() + INTRODUCTION_ANSWER_DAYS * DAY_MS)
  const tokens = recipients.map((r) => ({ recipient: r, token: createToken() }))
  let id: string
  try {
    id = await db.$transaction(async (tx) => {
      const introduction = await tx.introduction.create({
        data: {
          requesterId: user.id,
          fromMunicipalityId: from.id,
          toMunicipalityId: to.id,
          solutionId: target.solution?.id ?? null,
          message: input.message,
          openKey: openKeyOf(from.id, to.id),
          createdAt: now,
        },
        select: { id: true },
      })
      await tx.emailToken.createMany({
        data: tokens.map((t) => ({
          tokenHash: hashToken(t.token),
          purpose: 'ANSWER_INTRODUCTION' as const,
          introductionId: introduction.id,
          userId: t.recipient.userId,
          pledgeId: t.recipient.pledgeId,
          expiresAt: answerBy,
        })),
      })
      await recordAudit({
        client: tx,
        actor: { id: user.id, label: user.email },
        action: 'introduction.request',
        entityType: 'Introduction',
        entityId: introduction.id,
        after: {
          fromMunicipalityId: from.id,
          toMunicipalityId: to.id,
          solutionId: target.solution?.id ?? null,
          status: 'REQUESTED',
          officialsAsked: tokens.filter((t) => t.recipient.kind === 'official').length,
          signatoriesAsked: tokens.filter((t) => t.recipient.kind === 'signatory').length,
        },
      })
      return introduction.id
    })
  } catch (e) {
    if (!isUniqueViolation(e)) throw e
    const open = await db.introduction.findFirst({
      where: { openKey: openKeyOf(from.id, to.id) },
      select: { createdAt: true },
    })
    const until = open
      ? ` They have until ${formatDate(new Date(open.createdAt.getTime() + INTRODUCTION_ANSWER_DAYS * DAY_MS))} to answer.`
      : ''
    throw new AppError(
      'CONFLICT',
      `${from.name} has already asked ${to.name} for an introduction, and it is still open.${until}`,
      { reason: 'open-request' },
    )
  }
  for (const t of tokens) {
    await sendIntroductionRequestEmail({
      to: t.recipient,
      requester: { name: user.name, email: user.email },
      from,
      toPlace: to,
      solutionTitle: target.solution?.title ?? null,
      message: input.message,
      token: t.token,
      answerBy,
    }).catch((e) => log.error({ err: e }, 'introduction request email failed'))
  }
  return { id, toName: `${to.name}, ${to.state}` }
}
