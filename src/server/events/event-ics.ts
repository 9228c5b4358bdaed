import 'server-only'
import ical, { ICalCalendarMethod } from 'ical-generator'
import { siteSettings } from '@/lib/site'

export type IcsEvent = {
  id: string
  slug: string
  title: string
  summary: string
  startsAt: Date
  endsAt: Date
  online: boolean
  place: string | null
  updatedAt: Date
  /** Only in the .ics sent to a person with a place, never in the public feed. */
  joinUrl?: string | null
}

function location(e: IcsEvent): string {
  if (e.place && e.online) return `${e.place} (or online)`
  return e.place ?? 'Online'
}

/**
 * An iCalendar document (RFC 5545) of events, by ical-generator: one event for a registration email's .ics, all
 * upcoming public events for /events.ics. Times are in UTC (calendars show them in the reader's zone), each
 * event's UID is stable, so a calendar that subscribed updates it in place. The joining link only in the .ics of a
 * registration email (`joinUrl`): the public feed's events never carry one.
 */
export function eventsIcs(events: IcsEvent[], { name }: { name: string }): string {
  const { siteName, siteUrl } = siteSettings()
  const host = new URL(siteUrl).host
  const calendar = ical({
    name,
    prodId: { company: siteName, product: 'network-events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: `${siteUrl}/events`,
    ttl: 60 * 60,
  })
  for (const e of events) {
    const url = `${siteUrl}/events/${e.slug}`
    calendar.createEvent({
      id: `event-${e.id}@${host}`,
      start: e.startsAt,
      end: e.endsAt,
      stamp: e.updatedAt,
      lastModified: e.updatedAt,
      summary: e.title,
      description: e.joinUrl
        ? `${e.summary}\n\nJoin online: ${e.joinUrl}\n\n${url}`
        : `${e.summary}\n\n${url}`,
      location: location(e),
      url,
    })
  }
  // RFC 5545 ends every content line with CRLF, the last one included.
  const text = calendar.toString()
  return text.endsWith('\r\n') ? text : `${text}\r\n`
}
