import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../access-denied'
import { EventForm } from '../event-form'

export const metadata: Metadata = { title: 'Add an event' }

export default async function NewEventPage() {
  if (!(await requirePagePermission('event.edit', '/admin/events/new'))) return <AccessDenied staff />
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Events', href: '/admin/events' }, { label: 'Add an event' }]} />
      <h1 className="text-3xl">Add an event</h1>
      <EventForm
        defaults={{
          title: '',
          summary: '',
          description: '',
          type: '',
          timeZone: '',
          startsAt: '',
          endsAt: '',
          registrationDeadline: '',
          online: '',
          place: '',
          joinUrl: '',
          capacity: '',
          audience: 'PUBLIC',
        }}
      />
    </div>
  )
}
