import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'
import type { MeetingInput } from '@/schemas/groups'

/**
 * Adds a meeting to a group (its members see it in the group's space at once), or, given `meetingId`, changes one
 * of that group's meetings (title, time, place; its notes are published apart). Audited, with before and after.
 */
export async function saveMeeting({
  groupId,
  meetingId,
  input,
  editor,
}: {
  groupId: string
  meetingId?: string
  input: MeetingInput
  editor: { id: string }
}) {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'group.edit')
    const group = await tx.peerGroup.findUnique({ where: { id: groupId }, select: { id: true } })
    if (!group) throw new AppError('NOT_FOUND')
    if (meetingId) {
      const before = await tx.peerGroupMeeting.findFirst({
        where: { id: meetingId, groupId },
        select: { title: true, timeZone: true, startsAt: true, endsAt: true, online: true, place: true },
      })
      if (!before) throw new AppError('NOT_FOUND')
      await tx.peerGroupMeeting.update({ where: { id: meetingId }, data: input })
      await recordAudit({
        client: tx,
        actor: { id: staff.id, label: staff.email },
        action: 'group.meeting.update',
        entityType: 'PeerGroup',
        entityId: groupId,
        before: { meetingId, ...before },
        after: { meetingId, ...input },
      })
      return { id: meetingId }
    }
    const row = await tx.peerGroupMeeting.create({ data: { groupId, ...input }, select: { id: true } })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'group.meeting.create',
      entityType: 'PeerGroup',
      entityId: groupId,
      after: { meetingId: row.id, ...input },
    })
    return row
  })
}
