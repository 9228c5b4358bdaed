import 'server-only'
import { createHash } from 'node:crypto'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { checkPdf } from './check-pdf'

export type StoredUpload = { id: string; sha256: string; size: number; filename: string }

const safeName = (name: string) =>
  name
    .replace(/[\p{Cc}\\/]/gu, '')
    .trim()
    .slice(-120) || 'document.pdf'

/** Stores a PDF after checking its bytes; throws AppError INVALID_INPUT with a message for the field. */
export async function storeUpload({
  bytes,
  filename,
  createdById = null,
}: {
  bytes: Uint8Array
  filename: string
  createdById?: string | null
}): Promise<StoredUpload> {
  const check = checkPdf(bytes)
  if (!check.ok) throw new AppError('INVALID_INPUT', check.message)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const row = await db.upload.create({
    data: {
      filename: safeName(filename),
      contentType: 'application/pdf',
      size: bytes.byteLength,
      sha256,
      data: Buffer.from(bytes),
      createdById,
    },
    select: { id: true, sha256: true, size: true, filename: true },
  })
  return row
}
