import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { buttonClass } from '@/components/content/button-styles'
import { StatusNote } from '@/components/ui/status-note'
import { recordId } from '@/schemas/id'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getEventForEdit } from '@/server/events/get-event-for-edit'
import { AccessDenied } from '../../access-denied'
import { setEventStatusAction } from '../actions'
import { EventForm } from '../event-form'

export const metadata: Metadata = { title: 'Edit an event' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, string> = {
  created: 'Event saved as a draft. Publish it to show it on the events page.',
  saved: 'Changes saved.',
  published: 'Published. The event is on the events page now, open for registration.',
  unpublished: 'The event is no longer on the events page.',
  unchanged: 'Nothing changed: the event already had that status.',
}

export default async function EditEventPage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('event.edit', `/admin/events/${encodeURIComponent(id)}`)))
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
  const done = (await searchParams).done
  const banner = typeof done === 'string' ? BANNERS[done] : undefined
  const published = event.status === 'PUBLISHED'
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Events', href: '/admin/events' }, { label: event.title }]} />
      <h1 className="text-3xl">Edit: {event.title}</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <p className="mt-4" data-testid="event-status">
        <span className="font-semibold">Status:</span> {published ? 'Published' : 'Draft'}
        {published && (
          <>
            {' · '}
            <Link href={`/events/${event.slug}`}>See it on the events page</Link>
          </>
        )}
        {' · '}
        <Link href={`/admin/events/${event.id}/registrations`}>Registrations and attendance</Link>
      </p>
      <form action={setEventStatusAction} className="mt-6">
        <input type="hidden" name="id" value={event.id} />
        <input type="hidden" name="status" value={published ? 'DRAFT' : 'PUBLISHED'} />
        <button type="submit" className={published ? buttonClass.secondary : buttonClass.primary}>
          {published ? 'Unpublish this event' : 'Publish this event'}
        </button>
      </form>
      <EventForm id={event.id} defaults={event.values} />
    </div>
  )
}
