import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'

/** Stops sharing a document with a group: the document and its stored file are deleted. Audited. */
export async function deleteGroupDocument({
  documentId,
  editor,
}: {
  documentId: string
  editor: { id: string }
}) {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'group.edit')
    const doc = await tx.peerGroupDocument.findUnique({
      where: { id: documentId },
      select: {
        id: true,
        groupId: true,
        title: true,
        uploadId: true,
        upload: { select: { filename: true } },
      },
    })
    if (!doc) throw new AppError('NOT_FOUND')
    // The file goes with it (the document row follows its upload by cascade).
    await tx.upload.delete({ where: { id: doc.uploadId } })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'group.document.delete',
      entityType: 'PeerGroup',
      entityId: doc.groupId,
      before: { documentId, title: doc.title, filename: doc.upload.filename },
      after: null,
    })
    return { groupId: doc.groupId }
  })
}
