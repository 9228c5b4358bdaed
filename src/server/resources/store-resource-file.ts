import 'server-only'
import { createHash } from 'node:crypto'
import { AppError } from '@/server/errors'
import { cleanName } from '@/lib/text'
import { checkDocument } from '@/server/uploads/check-document'
import type { Tx } from './resource-fields'

export type CheckedFile = { bytes: Uint8Array; filename: string; contentType: string; extension: string }

/** Checks a library file by its bytes (PDF, XLSX or CSV, size-limited); a refusal is a message for the field. */
export async function checkResourceFile(file: { bytes: Uint8Array; filename: string }): Promise<CheckedFile> {
  if (file.bytes.length === 0)
    throw new AppError('INVALID_INPUT', 'Select the file to upload', { field: 'file' })
  const check = await checkDocument(file.bytes, file.filename)
  if (!check.ok) throw new AppError('INVALID_INPUT', check.message, { field: 'file' })
  return { ...file, contentType: check.contentType, extension: check.extension }
}

const safeName = (name: string, extension: string) => {
  const base = cleanName(name.replace(/[\p{Cc}\\/]/gu, ''))
    .slice(-120)
    .trim()
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base || 'download'}.${extension}`
}

/** Stores checked bytes as an Upload of the editor, in the transaction that points the entry at it. */
export async function storeResourceFile(tx: Tx, file: CheckedFile, editor: { id: string }) {
  return tx.upload.create({
    data: {
      filename: safeName(file.filename, file.extension),
      contentType: file.contentType,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      data: new Uint8Array(file.bytes),
      createdById: editor.id,
    },
    select: { id: true, filename: true },
  })
}
