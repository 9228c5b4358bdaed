import 'server-only'
import { issueCancelToken } from './issue-cancel-token'
import type { Tx } from './lock-event'

export type Promoted = { id: string; name: string; email: string; cancelToken: string }

/**
 * Gives the free places of an event to the first people waiting, in the order they registered (seq). Called
 * under the event's lock (lockEvent) after a cancellation or a larger capacity; nobody is promoted once the
 * event has started.
 */
export async function promoteFromWaitlist(
  tx: Tx,
  event: { id: string; capacity: number; startsAt: Date; endsAt: Date },
  now: Date,
): Promise<Promoted[]> {
  if (event.startsAt <= now) return []
  const taken = await tx.eventRegistration.count({ where: { eventId: event.id, status: 'REGISTERED' } })
  const free = event.capacity - taken
  if (free <= 0) return []
  const next = await tx.eventRegistration.findMany({
    where: { eventId: event.id, status: 'WAITLISTED' },
    orderBy: { seq: 'asc' },
    take: free,
    select: { id: true, name: true, email: true },
  })
  const promoted: Promoted[] = []
  for (const r of next) {
    await tx.eventRegistration.update({
      where: { id: r.id },
      data: { status: 'REGISTERED', promotedAt: now },
    })
    promoted.push({
      ...r,
      cancelToken: await issueCancelToken(tx, { registrationId: r.id, expiresAt: event.endsAt }),
    })
  }
  return promoted
}
