import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { EventAudienceCode, EventTypeCode } from '@/schemas/events'

export type PublicEvent = {
  id: string
  slug: string
  title: string
  summary: string
  description: string
  type: EventTypeCode
  audience: EventAudienceCode
  startsAt: Date
  endsAt: Date
  timeZone: string
  online: boolean
  place: string | null
  capacity: number
  registrationDeadline: Date
  updatedAt: Date
  /** Places taken now (registered, not waiting). */
  registered: number
  waitlisted: number
}

const select = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  type: true,
  audience: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  online: true,
  place: true,
  capacity: true,
  registrationDeadline: true,
  updatedAt: true,
} as const

/** Published events with their places taken and people waiting, soonest first. */
export async function loadPublishedEvents(where: { slug?: string } = {}): Promise<PublicEvent[]> {
  const rows = await db.event.findMany({
    where: { status: 'PUBLISHED', ...where },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select,
  })
  const counts = await db.eventRegistration.groupBy({
    by: ['eventId', 'status'],
    where: { eventId: { in: rows.map((r) => r.id) }, status: { in: ['REGISTERED', 'WAITLISTED'] } },
    _count: { _all: true },
  })
  const count = (eventId: string, status: string) =>
    counts.find((c) => c.eventId === eventId && c.status === status)?._count._all ?? 0
  return rows.map((r) => ({
    ...r,
    registered: count(r.id, 'REGISTERED'),
    waitlisted: count(r.id, 'WAITLISTED'),
  }))
}

// The cache serialises dates as strings: read them back as dates.
export const revive = (e: PublicEvent): PublicEvent => ({
  ...e,
  startsAt: new Date(e.startsAt),
  endsAt: new Date(e.endsAt),
  registrationDeadline: new Date(e.registrationDeadline),
  updatedAt: new Date(e.updatedAt),
})

/**
 * Every published event, cached under the tag `events`: a registration or a cancellation expires it, so the
 * places left are always those of the last change. Split into upcoming and past by the caller's `now`.
 */
export async function listPublishedEvents(): Promise<PublicEvent[]> {
  const rows = await unstable_cache(() => loadPublishedEvents(), ['published-events'], {
    tags: [tags.events],
    revalidate: 3600,
  })()
  return rows.map(revive)
}
