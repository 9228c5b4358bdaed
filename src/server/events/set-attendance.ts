import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'

/**
 * Records who came: the registrations with a place whose ids are in `attended` are marked as attended, the
 * others as not (one form of checkboxes, so unticking works without JavaScript). Audited with the changes.
 */
export async function setAttendance({
  eventId,
  attended,
  editor,
}: {
  eventId: string
  attended: string[]
  editor: { id: string }
}): Promise<{ changed: number }> {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'event.edit')
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true } })
    if (!event) throw new AppError('NOT_FOUND')
    const rows = await tx.eventRegistration.findMany({
      where: { eventId, status: 'REGISTERED' },
      select: { id: true, attended: true },
    })
    const wanted = new Set(attended)
    const changes = rows.filter((r) => r.attended !== wanted.has(r.id))
    for (const r of changes)
      await tx.eventRegistration.update({ where: { id: r.id }, data: { attended: !r.attended } })
    if (changes.length > 0)
      await recordAudit({
        client: tx,
        actor: { id: staff.id, label: staff.email },
        action: 'event.attendance',
        entityType: 'Event',
        entityId: eventId,
        before: Object.fromEntries(changes.map((r) => [r.id, r.attended])),
        after: Object.fromEntries(changes.map((r) => [r.id, !r.attended])),
      })
    return { changed: changes.length }
  })
}
