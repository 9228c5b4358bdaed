import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { placesLabel, whereLabel } from '@/components/events/event-facts'
import { formatEventSpan } from '@/lib/domain/zoned-time'
import { EVENT_TYPES, EVENT_TYPE_CODES, eventTypeFromQuery, type EventTypeCode } from '@/schemas/events'
import { listPublishedEvents } from '@/server/events/list-published-events'
import type { PublicEvent } from '@/server/events/list-published-events'

export function eventsMetadata(): Metadata {
  return {
    title: 'Network events',
    description:
      'Webinars, study visits and summits of the network: register for a place, add them to your calendar.',
    alternates: { canonical: '/events' },
  }
}

/** The filter's value in a query: a kind of event (`type=study-visit`), or null for all. */
export function eventsViewType(search: URLSearchParams): EventTypeCode | null {
  return eventTypeFromQuery(search.get('type') ?? undefined)
}

const PLURAL = { WEBINAR: 'Webinars', STUDY_VISIT: 'Study visits', SUMMIT: 'Summits' } as const

function EventList({ events, now, empty }: { events: PublicEvent[]; now: Date; empty: string }) {
  if (events.length === 0) return <p className="mt-4">{empty}</p>
  return (
    <ul className="mt-4 space-y-6">
      {events.map((e) => (
        <li key={e.id} className="border border-slate-300 p-5">
          <h3 className="text-xl">
            <Link href={`/events/${e.slug}`}>{e.title}</Link>
          </h3>
          <p className="mt-1 text-sm font-semibold uppercase tracking-wide">
            {EVENT_TYPES[e.type]}
            {e.audience === 'MEMBERS' ? ' · Members only' : ''}
          </p>
          <p className="mt-2">{e.summary}</p>
          <p className="mt-2">
            <time dateTime={e.startsAt.toISOString()}>
              {formatEventSpan(e.startsAt, e.endsAt, e.timeZone)}
            </time>
            {' · '}
            {whereLabel(e)}
          </p>
          {e.endsAt > now && <p className="mt-1">{placesLabel(e)}</p>}
        </li>
      ))}
    </ul>
  )
}

/**
 * Upcoming and past network events, all or of one kind: rendered into the cache (the data under the tag
 * `events`), for /events and its filtered views alike (decision 0010).
 */
export async function EventsView({ type }: { type: EventTypeCode | null }) {
  const all = await listPublishedEvents()
  const now = new Date()
  const shown = type ? all.filter((e) => e.type === type) : all
  const upcoming = shown.filter((e) => e.endsAt > now)
  const past = shown.filter((e) => e.endsAt <= now).reverse()
  const kind = type ? PLURAL[type].toLowerCase() : 'events'
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Network events' }]} />
      <h1 className="text-3xl">Network events</h1>
      <div className="mt-4 max-w-3xl space-y-4">
        <p>
          Webinars, study visits and summits where member municipalities learn from each other and from the
          network’s experts. Most are open to anyone; some are for officials of member municipalities only.
        </p>
        <p>
          <a href="/events.ics">Subscribe to the calendar of public events</a> (iCalendar feed: paste its
          address into your calendar application to see new events as we publish them).
        </p>
      </div>
      {/* Plain links, a page load each: the client router would reuse /events's cached payload for ?type=… (a
          static route), as the lists' pagination does (decision 0010). */}
      <nav aria-label="Kinds of event" className="mt-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a page load, as said above */}
            <a href="/events" aria-current={type === null ? 'page' : undefined}>
              All events
            </a>
          </li>
          {EVENT_TYPE_CODES.map((code) => (
            <li key={code}>
              <a
                href={`/events?type=${code.toLowerCase().replace('_', '-')}`}
                aria-current={type === code ? 'page' : undefined}
              >
                {PLURAL[code]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="upcoming" className="mt-8">
        <h2 id="upcoming" className="text-2xl">
          Upcoming {kind}
        </h2>
        <EventList events={upcoming} now={now} empty={`No upcoming ${kind} yet. Please check back soon.`} />
      </section>
      <section aria-labelledby="past" className="mt-10">
        <h2 id="past" className="text-2xl">
          Past {kind}
        </h2>
        <EventList events={past} now={now} empty={`No past ${kind}.`} />
      </section>
    </div>
  )
}
