import type { Metadata } from 'next'
import { EventsView, eventsMetadata } from '@/components/events/events-view'

// All network events, served from the cache; a kind of event (/events?type=…) is a view of its own, rewritten
// by the proxy to /_views/events/<key> (decision 0010). Upcoming and past are told apart when rendered: at most
// `revalidate` seconds late when no change expires the tag `events` sooner.
export const revalidate = 300

export const metadata: Metadata = eventsMetadata()

export default function EventsPage() {
  return <EventsView type={null} />
}
