import { PUBLIC_DATA_CACHE_CONTROL } from '@/server/http/cache-control'
import { eventsIcs } from '@/server/events/event-ics'
import { listPublishedEvents } from '@/server/events/list-published-events'

// Rendered per request (the events are cached under the tag `events`) so links use the running server's SITE_URL.
export const dynamic = 'force-dynamic'

/** The iCalendar feed of public events: upcoming ones and those of the last 90 days. */
export async function GET() {
  const since = new Date(Date.now() - 90 * 24 * 60 * 60 * 1000)
  const events = (await listPublishedEvents()).filter((e) => e.audience === 'PUBLIC' && e.endsAt > since)
  return new Response(eventsIcs(events, { name: 'Network events' }), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="events.ics"',
      'Cache-Control': PUBLIC_DATA_CACHE_CONTROL,
    },
  })
}
