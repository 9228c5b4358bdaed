import 'server-only'
import { createHash } from 'node:crypto'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { cleanName } from '@/lib/text'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { env } from '@/lib/env'
import type { Db } from '@/server/db'
import { checkPdf } from './check-pdf'

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

export type StoredUpload = { id: string; sha256: string; size: number; filename: string }

/**
 * The most that mandate PDFs uploaded by signatories and not yet submitted with a pledge may take in all
 * (npm run uploads:clean deletes them after a day): a flood of anonymous uploads cannot fill the database.
 */
export const UNSUBMITTED_UPLOADS_MAX_BYTES = 200 * 1024 * 1024

export const UPLOADS_FULL_MESSAGE =
  'We cannot take more documents right now. Continue without the document and send it to us once your pledge is in, or try again tomorrow.'

export const UPLOAD_RATE_MESSAGE =
  'You have uploaded many documents in the last hour. Please wait an hour before uploading another.'

const safeName = (name: string) =>
  cleanName(name.replace(/[\p{Cc}\\/]/gu, ''))
    .slice(-120)
    .trim() || 'document.pdf'

/** Bytes taken by anonymous uploads that no pledge uses yet (what uploads:clean deletes when old). */
async function unsubmittedBytes(tx: Tx): Promise<number> {
  const { _sum } = await tx.upload.aggregate({
    _sum: { size: true },
    where: { createdById: null, contentType: 'application/pdf', pledges: { none: {} } },
  })
  return _sum.size ?? 0
}

/**
 * Holds the right to add an anonymous upload until the transaction ends, so the cap is checked and the row
 * added as one step: concurrent uploads would otherwise all see room for themselves. PostgreSQL takes a
 * transaction-level advisory lock (the new rows have nothing to lock yet); SQLite runs one write
 * transaction at a time anyway (src/server/db.ts).
 */
async function lockUnsubmittedUploads(tx: Tx) {
  if (env().databaseProvider === 'postgres')
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('unsubmitted-uploads'))`)
}

/**
 * Stores a PDF after checking its bytes; throws AppError INVALID_INPUT with a message for the field. An
 * anonymous upload (no createdById) needs the client's address: it counts against a per-client hourly
 * limit (counted atomically by the rate limiter's store), and is refused while unsubmitted uploads take
 * UNSUBMITTED_UPLOADS_MAX_BYTES, checked and added under one lock.
 */
export async function storeUpload({
  bytes,
  filename,
  createdById = null,
  ip,
}: {
  bytes: Uint8Array
  filename: string
  createdById?: string | null
  ip?: string
}): Promise<StoredUpload> {
  const check = await checkPdf(bytes)
  if (!check.ok) throw new AppError('INVALID_INPUT', check.message)
  if (!createdById) {
    await consumeRateLimit('pledge-upload:ip', ip ?? 'unknown').catch((e: unknown) => {
      throw e instanceof AppError && e.code === 'RATE_LIMITED'
        ? new AppError('RATE_LIMITED', UPLOAD_RATE_MESSAGE)
        : e
    })
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const data = {
    filename: safeName(filename),
    contentType: 'application/pdf',
    size: bytes.byteLength,
    sha256,
    data: Buffer.from(bytes),
    createdById,
  }
  const select = { id: true, sha256: true, size: true, filename: true }
  if (createdById) return db.upload.create({ data, select })
  return db.$transaction(async (tx) => {
    await lockUnsubmittedUploads(tx)
    if ((await unsubmittedBytes(tx)) + bytes.byteLength > UNSUBMITTED_UPLOADS_MAX_BYTES)
      throw new AppError('RATE_LIMITED', UPLOADS_FULL_MESSAGE)
    return tx.upload.create({ data, select })
  })
}
