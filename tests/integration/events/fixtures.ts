// Network events for the events tests: a published event made directly, and the emails the site sent.
import { db, uniqueSlug } from '../../helpers/db'
import { eventSearchText } from '@/lib/domain/site-search-text'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

type EventOverrides = Partial<{
  capacity: number
  audience: 'PUBLIC' | 'MEMBERS'
  startsAt: Date
  registrationDeadline: Date
  status: 'PUBLISHED' | 'DRAFT'
  title: string
  summary: string
  description: string
  timeZone: string
  joinUrl: string
}>

/** A published public webinar a fortnight ahead (Central time), registration open until the day before. */
export async function publishedEvent(o: EventOverrides = {}) {
  const startsAt = o.startsAt ?? new Date(Date.now() + 14 * DAY)
  const words = {
    summary: o.summary ?? 'Three cities on their cooling centers.',
    description: o.description ?? 'Talks and questions.',
    type: 'WEBINAR',
    place: null,
    online: true,
  } as const
  return db.event.create({
    data: {
      slug: uniqueSlug('event'),
      title: o.title ?? 'Cooling centers that work',
      ...words,
      searchText: eventSearchText(words),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      timeZone: o.timeZone ?? 'America/Chicago',
      joinUrl: o.joinUrl ?? null,
      capacity: o.capacity ?? 50,
      audience: o.audience ?? 'PUBLIC',
      registrationDeadline: o.registrationDeadline ?? new Date(startsAt.getTime() - DAY),
      status: o.status ?? 'PUBLISHED',
    },
  })
}

export const person = (n: number | string) => ({
  name: `Person ${n}`,
  email: `person-${n}@city.gov`,
  organisation: 'City of Duluth',
})

/** The emails (demo outbox: whole messages) sent to an address, oldest first. */
export const emailsTo = (to: string) =>
  db.outboxMessage.findMany({ where: { to }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })

/** The cancel link's token in an email's text. */
export function cancelTokenIn(text: string): string {
  const m = /\/events\/cancel\/([A-Za-z0-9_-]{43})/.exec(text)
  if (!m?.[1]) throw new Error('no cancel link in the email')
  return m[1]
}

export const statuses = async (eventId: string) =>
  Object.fromEntries(
    (await db.eventRegistration.findMany({ where: { eventId }, select: { email: true, status: true } })).map(
      (r) => [r.email, r.status],
    ),
  )
