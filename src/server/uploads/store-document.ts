import 'server-only'
import { createHash } from 'node:crypto'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { checkDocument } from './check-document'
import { documentFilename } from './document-filename'

export type StoredDocument = {
  id: string
  filename: string
  contentType: string
  size: number
  sha256: string
}

/**
 * Stores a document a signed-in user sent (a PDF, an Excel workbook or a CSV file, checked by its bytes)
 * with the type its bytes are, not the type the browser stated; throws AppError INVALID_INPUT with the
 * message for the form field. Anonymous uploads (pledge mandates) go through storeUpload, which is
 * rate-limited and capped.
 */
export async function storeDocument({
  bytes,
  filename,
  createdById,
}: {
  bytes: Uint8Array
  filename: string
  createdById: string
}): Promise<StoredDocument> {
  const check = await checkDocument(bytes, filename)
  if (!check.ok) throw new AppError('INVALID_INPUT', check.message)
  return db.upload.create({
    data: {
      filename: documentFilename(filename, check.extension),
      contentType: check.contentType,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      data: Buffer.from(bytes),
      createdById,
    },
    select: { id: true, filename: true, contentType: true, size: true, sha256: true },
  })
}
