import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'
import { checkDocument } from '@/server/uploads/check-document'
import { storeDocument } from '@/server/uploads/store-document'

/**
 * Shares a document with a group's members: a PDF, workbook or CSV checked by its bytes (as the library's
 * files) before the transaction, stored as the editor's Upload with the document row. Audited.
 */
export async function addGroupDocument({
  groupId,
  title,
  file,
  editor,
}: {
  groupId: string
  title: string
  file: { bytes: Uint8Array; filename: string } | null
  editor: { id: string }
}) {
  if (!file) throw new AppError('INVALID_INPUT', 'Select the file to share', { field: 'file' })
  const check = await checkDocument(file.bytes, file.filename)
  if (!check.ok) throw new AppError('INVALID_INPUT', check.message, { field: 'file' })
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'group.edit')
    const group = await tx.peerGroup.findUnique({ where: { id: groupId }, select: { id: true } })
    if (!group) throw new AppError('NOT_FOUND')
    const upload = await storeDocument({
      bytes: file.bytes,
      filename: file.filename,
      createdById: staff.id,
      kind: check,
      client: tx,
    })
    const row = await tx.peerGroupDocument.create({
      data: { groupId, uploadId: upload.id, title, addedById: staff.id },
      select: { id: true },
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'group.document.add',
      entityType: 'PeerGroup',
      entityId: groupId,
      after: {
        documentId: row.id,
        title,
        filename: upload.filename,
        sha256: upload.sha256,
        size: upload.size,
      },
    })
    return row
  })
}
