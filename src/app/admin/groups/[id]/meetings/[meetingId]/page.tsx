import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { formatEventSpan, utcToZonedInput } from '@/lib/domain/zoned-time'
import { SubmitButton } from '@/components/forms/submit-button'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../../../access-denied'
import { groupOfPage } from '../../../group-admin-data'
import { GroupNotFound } from '../../../group-not-found'
import { NotesForm } from '../../../notes-form'
import { MeetingForm } from '../../../meeting-form'
import { deleteMeetingAction } from '../../../actions'

export const metadata: Metadata = { title: 'A group meeting' }

type Props = { params: Promise<{ id: string; meetingId: string }> }

export default async function MeetingNotesPage({ params }: Props) {
  const { id, meetingId } = await params
  const path = `/admin/groups/${encodeURIComponent(id)}/meetings/${encodeURIComponent(meetingId)}`
  if (!(await requirePagePermission('group.edit', path))) return <AccessDenied staff />
  const group = await groupOfPage(id)
  const meeting = group?.meetings.find((m) => m.id === meetingId)
  if (!group || !meeting) return <GroupNotFound />
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Peer groups', href: '/admin/groups' },
          { label: group.name, href: `/admin/groups/${group.id}` },
          { label: 'Meetings', href: `/admin/groups/${group.id}/meetings` },
          { label: meeting.title },
        ]}
      />
      <h1 className="text-3xl">Notes: {meeting.title}</h1>
      <p className="mt-4">{formatEventSpan(meeting.startsAt, meeting.endsAt, meeting.timeZone)}</p>
      {meeting.startsAt > new Date() ? (
        <p className="mt-6">The meeting has not begun: publish its notes after it.</p>
      ) : (
        <NotesForm meetingId={meeting.id} notes={meeting.notes ?? ''} />
      )}
      <section aria-labelledby="change" className="mt-10">
        <h2 id="change" className="text-2xl">
          Change the meeting
        </h2>
        <MeetingForm
          groupId={group.id}
          meeting={{
            id: meeting.id,
            values: {
              title: meeting.title,
              timeZone: meeting.timeZone,
              startsAt: utcToZonedInput(meeting.startsAt, meeting.timeZone),
              endsAt: utcToZonedInput(meeting.endsAt, meeting.timeZone),
              online: meeting.online ? 'yes' : '',
              place: meeting.place ?? '',
            },
          }}
        />
      </section>
      <section aria-labelledby="delete" className="mt-10">
        <h2 id="delete" className="text-2xl">
          Delete the meeting
        </h2>
        <p className="mt-2">The group’s members stop seeing it, and its notes are deleted with it.</p>
        <form action={deleteMeetingAction} className="mt-4">
          <input type="hidden" name="meetingId" value={meeting.id} />
          <SubmitButton>Delete this meeting</SubmitButton>
        </form>
      </section>
    </div>
  )
}
