import 'server-only'
import { utcToZonedInput } from '@/lib/domain/zoned-time'
import type { EventInput, EventValues } from '@/schemas/events'

type EventColumns = Omit<EventInput, 'timeZone'> & { timeZone: string }

/** An event's columns from the form's parsed input. */
export function eventFields(input: EventColumns) {
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    type: input.type,
    timeZone: input.timeZone,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    registrationDeadline: input.registrationDeadline,
    online: input.online,
    place: input.place,
    joinUrl: input.joinUrl,
    capacity: input.capacity,
    audience: input.audience,
  }
}

/** A stored event as the form shows it: times in the event's own zone. */
export function eventValues(row: ReturnType<typeof eventFields>): EventValues {
  return {
    title: row.title,
    summary: row.summary,
    description: row.description,
    type: row.type,
    timeZone: row.timeZone,
    startsAt: utcToZonedInput(row.startsAt, row.timeZone),
    endsAt: utcToZonedInput(row.endsAt, row.timeZone),
    registrationDeadline: utcToZonedInput(row.registrationDeadline, row.timeZone),
    online: row.online ? 'yes' : '',
    place: row.place ?? '',
    joinUrl: row.joinUrl ?? '',
    capacity: String(row.capacity),
    audience: row.audience,
  }
}
