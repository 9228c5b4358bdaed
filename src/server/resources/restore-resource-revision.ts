import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'

/** Restores an old revision of a guide as a new draft (history is never rewritten); publishing is a separate step. */
export async function restoreResourceRevision({
  id,
  revisionId,
  editor,
  now = new Date(),
}: {
  id: string
  revisionId: string
  editor: { id: string }
  now?: Date
}) {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'resource.edit')
    const old = await tx.resourceRevision.findFirst({ where: { id: revisionId, resourceId: id } })
    if (!old) throw new AppError('NOT_FOUND')
    const stamp = old.createdAt.toISOString().slice(0, 16).replace('T', ' ')
    const revision = await tx.resourceRevision.create({
      data: {
        resourceId: id,
        title: old.title,
        summary: old.summary,
        body: old.body,
        note: `Restored from the revision of ${stamp} UTC`,
        authorId: staff.id,
        createdAt: now,
      },
      select: { id: true },
    })
    const guide = await tx.resource.findUniqueOrThrow({ where: { id }, select: { status: true } })
    // An unpublished guide's row follows its newest draft (nothing public changes).
    if (guide.status !== 'PUBLISHED')
      await tx.resource.update({
        where: { id },
        data: { title: old.title, summary: old.summary, body: old.body },
      })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'resource.restore',
      entityType: 'Resource',
      entityId: id,
      before: { revisionId },
      after: { revisionId: revision.id, title: old.title, summary: old.summary },
    })
    return { revisionId: revision.id }
  })
}
