import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { StatusNote } from '@/components/ui/status-note'
import { SubmitButton } from '@/components/forms/submit-button'
import { formatEventSpan } from '@/lib/domain/zoned-time'
import { recordId } from '@/schemas/id'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getEventForEdit } from '@/server/events/get-event-for-edit'
import { listEventRegistrations } from '@/server/events/list-event-registrations'
import { AccessDenied } from '../../../access-denied'
import { formatDateTimeUtc } from '../../../date-time'
import { setAttendanceAction } from '../../actions'

export const metadata: Metadata = { title: 'Event registrations' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const STATUS = { REGISTERED: 'Has a place', WAITLISTED: 'Waiting', CANCELLED: 'Cancelled' } as const

/** Who registered, the waiting list in order, and attendance ticked in one form (works without JavaScript). */
export default async function EventRegistrationsPage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('event.edit', `/admin/events/${encodeURIComponent(id)}/registrations`)))
    return <AccessDenied staff />
  const parsed = recordId.safeParse(id)
  const event = parsed.success ? await getEventForEdit({ id: parsed.data }) : null
  if (!event) {
    return (
      <div>
        <h1 className="text-3xl">Event not found</h1>
        <p className="mt-4">
          Go back to the <Link href="/admin/events">events</Link>.
        </p>
      </div>
    )
  }
  const [rows, query] = await Promise.all([listEventRegistrations({ eventId: event.id }), searchParams])
  const registered = rows.filter((r) => r.status === 'REGISTERED')
  let position = 0
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Events', href: '/admin/events' },
          { label: event.title, href: `/admin/events/${event.id}` },
          { label: 'Registrations' },
        ]}
      />
      <h1 className="text-3xl">Registrations: {event.title}</h1>
      {query.done === 'attendance' && (
        <StatusNote className="mt-6">Attendance saved ({Number(query.changed) || 0} changed).</StatusNote>
      )}
      <p className="mt-4">
        {formatEventSpan(event.startsAt, event.startsAt, event.timeZone).split(' to ')[0]}
      </p>
      <p className="mt-2">
        {registered.length} of {event.capacity} places taken,{' '}
        {rows.filter((r) => r.status === 'WAITLISTED').length} waiting,{' '}
        {rows.filter((r) => r.status === 'CANCELLED').length} cancelled.
      </p>
      <p className="mt-4">
        <a href={`/admin/events/${event.id}/registrations.csv`} download>
          Download the registrations (CSV)
        </a>
      </p>
      {rows.length === 0 ? (
        <p className="mt-6">No registrations yet.</p>
      ) : (
        <form action={setAttendanceAction} className="mt-6">
          <input type="hidden" name="eventId" value={event.id} />
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">
                Registrations: people with a place, then the waiting list in order
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">
                    Name
                  </th>
                  <th scope="col" className="p-2">
                    Email
                  </th>
                  <th scope="col" className="p-2">
                    Organisation
                  </th>
                  <th scope="col" className="p-2">
                    Status
                  </th>
                  <th scope="col" className="p-2">
                    Registered (UTC)
                  </th>
                  <th scope="col" className="p-2">
                    Attended
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b border-slate-300">
                    <th scope="row" className="p-2 font-normal">
                      {r.name}
                    </th>
                    <td className="p-2">{r.email}</td>
                    <td className="p-2">{r.organisation}</td>
                    <td className="p-2">
                      {STATUS[r.status]}
                      {r.status === 'WAITLISTED' && ` (${++position})`}
                    </td>
                    <td className="p-2">{formatDateTimeUtc(r.createdAt.toISOString())}</td>
                    <td className="p-2">
                      {r.status === 'REGISTERED' ? (
                        <input
                          type="checkbox"
                          name="attended"
                          value={r.id}
                          defaultChecked={r.attended}
                          aria-label={`${r.name} attended`}
                          className="h-5 w-5"
                        />
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {registered.length > 0 && (
            <div className="mt-6">
              <SubmitButton>Save attendance</SubmitButton>
            </div>
          )}
        </form>
      )}
    </div>
  )
}
