import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { isSlug, normalizeEmail } from '@/lib/text'
import { formatEventDeadline } from '@/lib/domain/zoned-time'
import { refusal } from '@/server/auth/refusal'
import type { SessionUser } from '@/server/auth/find-session-user'
import { invalidateEvents } from '@/server/cache-tags'
import { logger } from '@/server/log'
import type { RegistrationInput } from '@/schemas/events'
import { isNetworkMember } from '@/server/auth/is-network-member'
import { sendRegistrationEmail } from './event-emails'
import { issueCancelToken } from './issue-cancel-token'
import { lockEvent } from './lock-event'

const log = logger('events')

export type RegistrationOutcome = 'REGISTERED' | 'WAITLISTED' | 'ALREADY_REGISTERED' | 'ALREADY_WAITLISTED'

/**
 * Registers someone for a published event: a place while there is one, else the waiting list (decision 0020:
 * the count and the insert happen under the event's lock, so 50 people racing for the last 10 places leave
 * exactly 10 registered and 40 waiting). One registration per email per event (a unique constraint): a second
 * attempt changes nothing and emails the address's owner again, so the form's answer ("check your inbox") is
 * the same whoever typed the address. Members-only events take signed-in officials and staff, with the
 * account's own address. Registration closes at the event's deadline. The caller answers the same in every case.
 */
export async function registerForEvent({
  slug,
  input,
  user,
  now = new Date(),
}: {
  slug: string
  input: RegistrationInput
  user: SessionUser | null
  now?: Date
}): Promise<{ outcome: RegistrationOutcome; registrationId: string }> {
  // The form's hidden field can be anything a hand-made request sends: what is not a slug names no event.
  if (!isSlug(slug)) throw new AppError('NOT_FOUND')
  const event = await db.event.findFirst({ where: { slug, status: 'PUBLISHED' } })
  if (!event) throw new AppError('NOT_FOUND')
  if (event.audience === 'MEMBERS' && !(await isNetworkMember(user)))
    throw refusal(user ? 'FORBIDDEN' : 'UNAUTHENTICATED')
  if (now > event.registrationDeadline)
    throw new AppError(
      'CONFLICT',
      `Registration for this event closed on ${formatEventDeadline(event.registrationDeadline, event.timeZone)}.`,
      { reason: 'closed' },
    )
  const email = normalizeEmail(event.audience === 'MEMBERS' && user ? user.email : input.email)

  const result = await db.$transaction(async (tx) => {
    await lockEvent(tx, event.id)
    const existing = await tx.eventRegistration.findUnique({
      where: { eventId_email: { eventId: event.id, email } },
      select: { id: true, status: true, name: true },
    })
    let outcome: RegistrationOutcome
    let registration: { id: string; name: string }
    if (existing && existing.status !== 'CANCELLED') {
      outcome = existing.status === 'REGISTERED' ? 'ALREADY_REGISTERED' : 'ALREADY_WAITLISTED'
      registration = existing
    } else {
      // The capacity as it is now, under the lock (staff may have changed it since the read above).
      const { capacity } = await tx.event.findUniqueOrThrow({
        where: { id: event.id },
        select: { capacity: true },
      })
      const taken = await tx.eventRegistration.count({ where: { eventId: event.id, status: 'REGISTERED' } })
      const status = taken < capacity ? 'REGISTERED' : 'WAITLISTED'
      const { _max } = await tx.eventRegistration.aggregate({
        where: { eventId: event.id },
        _max: { seq: true },
      })
      const data = {
        name: input.name,
        organisation: input.organisation,
        userId: user?.id ?? null,
        status,
        seq: (_max.seq ?? 0) + 1,
        attended: false,
        promotedAt: null,
        cancelledAt: null,
      } as const
      registration = existing
        ? await tx.eventRegistration.update({
            where: { id: existing.id },
            data,
            select: { id: true, name: true },
          })
        : await tx.eventRegistration.create({
            data: { ...data, eventId: event.id, email },
            select: { id: true, name: true },
          })
      outcome = status
    }
    const cancelToken = await issueCancelToken(tx, {
      registrationId: registration.id,
      expiresAt: event.endsAt,
    })
    return { outcome, registration, cancelToken }
  })
  if (result.outcome === 'REGISTERED' || result.outcome === 'WAITLISTED') invalidateEvents()

  const kinds = {
    REGISTERED: 'registered',
    WAITLISTED: 'waitlisted',
    ALREADY_REGISTERED: 'already-registered',
    ALREADY_WAITLISTED: 'already-waitlisted',
  } as const
  await sendRegistrationEmail({
    kind: kinds[result.outcome],
    to: email,
    // A repeat is addressed with the name given first: the person typing now may not be the address's owner.
    name: result.registration.name,
    event,
    cancelToken: result.cancelToken,
  }).catch((e) => log.error({ err: e }, 'event registration email failed'))
  return { outcome: result.outcome, registrationId: result.registration.id }
}
