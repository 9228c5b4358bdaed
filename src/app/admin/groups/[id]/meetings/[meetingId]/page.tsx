import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { formatEventSpan } from '@/lib/domain/zoned-time'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../../../access-denied'
import { groupOfPage } from '../../../group-admin-data'
import { GroupNotFound } from '../../../group-not-found'
import { NotesForm } from '../../../notes-form'

export const metadata: Metadata = { title: 'Meeting notes' }

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
    </div>
  )
}
