import 'server-only'
import { AppError } from '@/server/errors'
import { checkDocument, type DocumentKind } from '@/server/uploads/check-document'

export type AttachmentInput = { bytes: Uint8Array; filename: string }
export type CheckedAttachment = AttachmentInput & { kind: DocumentKind }

export const ATTACHMENT_FIELD = 'attachment'

/**
 * A message's optional attachment, checked by its bytes (a PDF, an Excel workbook or a CSV file) before the
 * message's transaction starts; a refused file is INVALID_INPUT for the attachment field. null: none chosen.
 */
export async function checkAttachment(
  attachment: AttachmentInput | null | undefined,
): Promise<CheckedAttachment | null> {
  if (!attachment) return null
  const check = await checkDocument(attachment.bytes, attachment.filename)
  if (!check.ok) throw new AppError('INVALID_INPUT', check.message, { field: ATTACHMENT_FIELD })
  return { ...attachment, kind: { contentType: check.contentType, extension: check.extension } }
}
