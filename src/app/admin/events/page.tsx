import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { formatEventDeadline } from '@/lib/domain/zoned-time'
import { EVENT_TYPES } from '@/schemas/events'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listEventsForAdmin, type AdminEventSummary } from '@/server/events/list-events-for-admin'
import { AccessDenied } from '../access-denied'

export const metadata: Metadata = { title: 'Events' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AdminEventsPage({ searchParams }: Props) {
  if (!(await requirePagePermission('event.edit', '/admin/events'))) return <AccessDenied staff />
  const [events, { problem }] = await Promise.all([listEventsForAdmin(), searchParams])
  return (
    <div>
      <h1 className="text-3xl">Events</h1>
      {problem === 'missing' && (
        <StatusNote className="mt-6" tone="problem">
          That event could not be found. Choose one from the list.
        </StatusNote>
      )}
      <p className="mt-4 max-w-3xl">
        Webinars, study visits and summits, shown on the public <Link href="/events">events</Link> page once
        published. A new event starts as a draft.
      </p>
      <p className="mt-4">
        <Link href="/admin/events/new" className="font-semibold">
          Add an event
        </Link>
      </p>
      <DataTable<AdminEventSummary>
        className="mt-6"
        caption="All events, drafts included, latest first"
        rows={events}
        rowKey={(e) => e.id}
        empty="No events yet."
        columns={[
          {
            header: 'Title',
            rowHeader: true,
            cell: (e) => <Link href={`/admin/events/${e.id}`}>{e.title}</Link>,
          },
          { header: 'Kind', cell: (e) => EVENT_TYPES[e.type] },
          { header: 'Starts', cell: (e) => formatEventDeadline(e.startsAt, e.timeZone) },
          { header: 'Audience', cell: (e) => (e.audience === 'MEMBERS' ? 'Members only' : 'Public') },
          {
            header: 'Registrations',
            cell: (e) => (
              <Link href={`/admin/events/${e.id}/registrations`}>
                {e.registered} of {e.capacity}
                {e.waitlisted > 0 ? `, ${e.waitlisted} waiting` : ''}
                <span className="sr-only"> for {e.title}</span>
              </Link>
            ),
          },
          { header: 'Status', cell: (e) => (e.status === 'PUBLISHED' ? 'Published' : 'Draft') },
        ]}
      />
    </div>
  )
}
