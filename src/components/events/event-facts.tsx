import { EVENT_TYPES } from '@/schemas/events'
import { formatEventDeadline, formatEventSpan } from '@/lib/domain/zoned-time'
import type { PublicEvent } from '@/server/events/list-published-events'

/** "12 places left", "Full: 3 on the waiting list", for an event's page and its card. */
export function placesLabel(e: Pick<PublicEvent, 'capacity' | 'registered' | 'waitlisted'>): string {
  const left = Math.max(e.capacity - e.registered, 0)
  if (left > 0) return `${left} of ${e.capacity} ${e.capacity === 1 ? 'place' : 'places'} left`
  return e.waitlisted > 0
    ? `Full: ${e.waitlisted} ${e.waitlisted === 1 ? 'person' : 'people'} on the waiting list`
    : 'Full: join the waiting list'
}

export function whereLabel(e: Pick<PublicEvent, 'online' | 'place'>): string {
  if (e.place && e.online) return `${e.place}, and online`
  return e.place ?? 'Online'
}

/** The event's facts as a description list: kind, when (local time and zone), where, audience, places. */
export function EventFacts({ event, now }: { event: PublicEvent; now: Date }) {
  const past = event.endsAt <= now
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-semibold">Kind</dt>
      <dd>{EVENT_TYPES[event.type]}</dd>
      <dt className="font-semibold">When</dt>
      <dd>
        <time dateTime={event.startsAt.toISOString()}>
          {formatEventSpan(event.startsAt, event.endsAt, event.timeZone)}
        </time>
      </dd>
      <dt className="font-semibold">Where</dt>
      <dd>{whereLabel(event)}</dd>
      <dt className="font-semibold">Who can come</dt>
      <dd>
        {event.audience === 'MEMBERS'
          ? 'Members only: officials of member municipalities and network staff'
          : 'Anyone interested'}
      </dd>
      {!past && (
        <>
          <dt className="font-semibold">Places</dt>
          <dd data-testid="event-places">{placesLabel(event)}</dd>
          <dt className="font-semibold">Register by</dt>
          <dd>{formatEventDeadline(event.registrationDeadline, event.timeZone)}</dd>
        </>
      )}
    </dl>
  )
}
