import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'
import type { MeetingInput } from '@/schemas/groups'

/** Adds a meeting to a group (its members see it in the group's space at once). Audited. */
export async function saveMeeting({
  groupId,
  input,
  editor,
}: {
  groupId: string
  input: MeetingInput
  editor: { id: string }
}) {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'group.edit')
    const group = await tx.peerGroup.findUnique({ where: { id: groupId }, select: { id: true } })
    if (!group) throw new AppError('NOT_FOUND')
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
