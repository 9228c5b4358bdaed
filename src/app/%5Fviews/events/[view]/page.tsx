import type { Metadata } from 'next'
import { EventsView, eventsMetadata, eventsViewType } from '@/components/events/events-view'
import { decodeViewKey } from '@/lib/view-key'

// The events of one kind, reached only through the proxy's rewrite of /events?type=… (docs/decisions/
// 0010-cached-list-views.md): rendered on first request, then cached until the tag `events` expires or, for
// upcoming and past, `revalidate` seconds pass.
export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ view: string }> }

export function generateMetadata(): Metadata {
  return { ...eventsMetadata(), robots: { index: false, follow: true } }
}

export default async function EventsViewPage({ params }: Props) {
  return <EventsView type={eventsViewType(decodeViewKey((await params).view))} />
}
