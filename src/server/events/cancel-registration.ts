import 'server-only'
import { db } from '@/server/db'
import { invalidateEvents } from '@/server/cache-tags'
import { recordAudit } from '@/server/audit/record-audit'
import { hashToken, isWellFormedToken } from '@/server/tokens/hash-token'
import { logger } from '@/server/log'
import { sendRegistrationEmail } from './event-emails'
import { lockEvent } from './lock-event'
import { promoteFromWaitlist, type Promoted } from './promote-from-waitlist'

const log = logger('events')

export type CancelResult =
  | { state: 'cancelled'; eventSlug: string; eventTitle: string; promoted: number }
  | { state: 'invalid' | 'used' | 'expired' }

/**
 * Cancels a registration by its emailed single-use link. Spending the token, freeing the place and giving it
 * to the first person waiting happen in one transaction under the event's lock; the promoted person gets an
 * email with the .ics and their own cancel link. Every other link to the same registration stops working.
 */
export async function cancelRegistration({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<CancelResult> {
  if (!isWellFormedToken(token)) return { state: 'invalid' }
  const tokenHash = hashToken(token)
  const row = await db.emailToken.findUnique({
    where: { tokenHash },
    select: {
      purpose: true,
      usedAt: true,
      expiresAt: true,
      eventRegistration: { select: { eventId: true } },
    },
  })
  if (!row || row.purpose !== 'CANCEL_REGISTRATION' || !row.eventRegistration) return { state: 'invalid' }
  const eventId = row.eventRegistration.eventId

  const result = await db.$transaction(async (tx) => {
    await lockEvent(tx, eventId)
    // Spent here, under the lock: of two presses of one link, one cancels and the other is told it is used.
    const { count } = await tx.emailToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    })
    if (count !== 1) return null
    const registration = await tx.eventRegistration.findFirstOrThrow({
      where: { tokens: { some: { tokenHash } } },
      select: { id: true, status: true, email: true, event: true },
    })
    const { event } = registration
    await tx.eventRegistration.update({
      where: { id: registration.id },
      data: { status: 'CANCELLED', cancelledAt: now },
    })
    await tx.emailToken.updateMany({
      where: { eventRegistrationId: registration.id, usedAt: null },
      data: { usedAt: now },
    })
    const promoted: Promoted[] =
      registration.status === 'REGISTERED' ? await promoteFromWaitlist(tx, event, now) : []
    await recordAudit({
      client: tx,
      actor: { label: 'registrant (cancel link)' },
      action: 'event-registration.cancel',
      entityType: 'EventRegistration',
      entityId: registration.id,
      before: { status: registration.status },
      after: { status: 'CANCELLED', promoted: promoted.map((p) => p.id) },
    })
    return { event, promoted }
  })
  if (!result) {
    const after = await db.emailToken.findUnique({ where: { tokenHash }, select: { usedAt: true } })
    return { state: after?.usedAt ? 'used' : 'expired' }
  }
  invalidateEvents()
  for (const p of result.promoted) {
    await sendRegistrationEmail({
      kind: 'promoted',
      to: p.email,
      name: p.name,
      event: result.event,
      cancelToken: p.cancelToken,
    }).catch((e) => log.error({ err: e }, 'waiting-list promotion email failed'))
  }
  return {
    state: 'cancelled',
    eventSlug: result.event.slug,
    eventTitle: result.event.title,
    promoted: result.promoted.length,
  }
}
