import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateEvents } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'

/** Publishes an event on /events (and its calendar feed) or takes it off; CONFLICT when it already was. */
export async function setEventStatus({
  id,
  status,
  editor,
  now = new Date(),
}: {
  id: string
  status: 'PUBLISHED' | 'DRAFT'
  editor: { id: string }
  now?: Date
}) {
  await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'event.edit')
    const before = await tx.event.findUnique({ where: { id }, select: { status: true, publishedAt: true } })
    if (!before) throw new AppError('NOT_FOUND')
    if (before.status === status) throw new AppError('CONFLICT', 'The event already has that status.')
    await tx.event.update({
      where: { id },
      data: {
        status,
        publishedAt: status === 'PUBLISHED' ? (before.publishedAt ?? now) : before.publishedAt,
      },
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: status === 'PUBLISHED' ? 'event.publish' : 'event.unpublish',
      entityType: 'Event',
      entityId: id,
      before: { status: before.status },
      after: { status },
    })
  })
  invalidateEvents()
}
