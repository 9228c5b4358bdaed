import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'

/** Deletes a group's meeting and its notes (members stop seeing it in the group's space). Audited. */
export async function deleteMeeting({ meetingId, editor }: { meetingId: string; editor: { id: string } }) {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'group.edit')
    const meeting = await tx.peerGroupMeeting.findUnique({
      where: { id: meetingId },
      select: { id: true, groupId: true, title: true, startsAt: true, notes: true },
    })
    if (!meeting) throw new AppError('NOT_FOUND')
    await tx.peerGroupMeeting.delete({ where: { id: meetingId } })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'group.meeting.delete',
      entityType: 'PeerGroup',
      entityId: meeting.groupId,
      before: {
        meetingId,
        title: meeting.title,
        startsAt: meeting.startsAt.toISOString(),
        notes: meeting.notes,
      },
      after: null,
    })
    return { groupId: meeting.groupId }
  })
}
