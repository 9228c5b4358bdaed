import 'server-only'
import { createHash } from 'node:crypto'
import { db, type Db } from '@/server/db'
import { AppError } from '@/server/errors'
import { checkDocument, type DocumentKind } from './check-document'
import { documentFilename } from './document-filename'

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

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
 * message for the form field (`detail.field` when given). Anonymous uploads (pledge mandates) go through
 * storeUpload, which is rate-limited and capped. `kind` is checkDocument's answer when the caller already
 * has it (so a transaction, `client`, does not wait for the check).
 */
export async function storeDocument({
  bytes,
  filename,
  createdById,
  field,
  kind,
  client = db,
}: {
  bytes: Uint8Array
  filename: string
  createdById: string
  field?: string
  kind?: DocumentKind
  client?: Db | Tx
}): Promise<StoredDocument> {
  let checked = kind
  if (!checked) {
    const check = await checkDocument(bytes, filename)
    if (!check.ok) throw new AppError('INVALID_INPUT', check.message, field ? { field } : {})
    checked = check
  }
  return client.upload.create({
    data: {
      filename: documentFilename(filename, checked.extension),
      contentType: checked.contentType,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      data: Buffer.from(bytes),
      createdById,
    },
    select: { id: true, filename: true, contentType: true, size: true, sha256: true },
  })
}
