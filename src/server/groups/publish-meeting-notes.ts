import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'

/**
 * Publishes (or corrects) a meeting's notes for the group's members. Only a meeting that has begun has notes
 * to publish. Audited with the text before and after.
 */
export async function publishMeetingNotes({
  meetingId,
  notes,
  editor,
  now = new Date(),
}: {
  meetingId: string
  notes: string
  editor: { id: string }
  now?: Date
}) {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'group.edit')
    const meeting = await tx.peerGroupMeeting.findUnique({
      where: { id: meetingId },
      select: { id: true, groupId: true, startsAt: true, notes: true },
    })
    if (!meeting) throw new AppError('NOT_FOUND')
    if (meeting.startsAt > now)
      throw new AppError('INVALID_INPUT', 'Notes can be published once the meeting has begun', {
        field: 'notes',
      })
    await tx.peerGroupMeeting.update({
      where: { id: meetingId },
      data: { notes, notesPublishedAt: now },
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'group.meeting.notes',
      entityType: 'PeerGroup',
      entityId: meeting.groupId,
      before: { meetingId, notes: meeting.notes },
      after: { meetingId, notes },
    })
    return { groupId: meeting.groupId }
  })
}
