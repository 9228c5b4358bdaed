import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from './assert-editor'

/**
 * Restores an old revision as a new draft (history is never rewritten); the editor publishes it when ready.
 */
export async function restoreContentRevision({
  pageId,
  revisionId,
  editor,
  now = new Date(),
}: {
  pageId: string
  revisionId: string
  editor: { id: string }
  now?: Date
}) {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor)
    const old = await tx.contentRevision.findFirst({ where: { id: revisionId, pageId } })
    if (!old) throw new AppError('NOT_FOUND')
    const stamp = old.createdAt.toISOString().slice(0, 16).replace('T', ' ')
    const revision = await tx.contentRevision.create({
      data: {
        pageId,
        title: old.title,
        description: old.description,
        body: old.body,
        note: `Restored from the revision of ${stamp} UTC`,
        authorId: staff.id,
        createdAt: now,
      },
      select: { id: true },
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'content.restore',
      entityType: 'ContentPage',
      entityId: pageId,
      before: { revisionId },
      after: { revisionId: revision.id, title: old.title, description: old.description, body: old.body },
    })
    return { revisionId: revision.id }
  })
}
