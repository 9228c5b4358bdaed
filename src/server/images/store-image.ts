import 'server-only'
import { createHash } from 'node:crypto'
import sharp, { type Sharp } from 'sharp'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'
import { checkImage, MAX_IMAGE_WIDTH, type ImageType } from './check-image'

export type StoredImage = { id: string; width: number; height: number; contentType: string; size: number }

export const CONTENT_TYPES: Record<ImageType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
}

const safeName = (name: string, type: ImageType) =>
  name
    .replace(/[\p{Cc}\\/]/gu, '')
    .trim()
    .slice(-120) || `image.${type}`

/** An image pipeline's output in the given format, at the library's quality. */
export function encodeAs(pipeline: Sharp, type: ImageType) {
  return type === 'png'
    ? pipeline.png()
    : type === 'jpeg'
      ? pipeline.jpeg({ quality: 82, mozjpeg: true })
      : pipeline.webp({ quality: 82 })
}

/**
 * Re-encodes an image in its own format, at most 1600 px wide, upright, with its metadata (EXIF, GPS,
 * colour profiles) dropped: sharp writes none unless asked. A file that only looks like an image fails here.
 */
async function reencode(bytes: Uint8Array, type: ImageType) {
  try {
    const pipeline = sharp(bytes, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true })
    return await encodeAs(pipeline, type).toBuffer({ resolveWithObject: true })
  } catch {
    throw new AppError('INVALID_INPUT', 'The image could not be read. Upload a PNG, JPEG or WebP file')
  }
}

/** Checks, resizes and stores an image uploaded by an editor; throws INVALID_INPUT with a message for the field. */
export async function storeImage({
  bytes,
  filename,
  editor,
}: {
  bytes: Uint8Array
  filename: string
  editor: { id: string }
}): Promise<StoredImage> {
  const check = checkImage(bytes)
  if (!check.ok) throw new AppError('INVALID_INPUT', check.message)
  const { data, info } = await reencode(bytes, check.type)
  const contentType = CONTENT_TYPES[check.type]
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor)
    const row = await tx.upload.create({
      data: {
        filename: safeName(filename, check.type),
        contentType,
        size: data.byteLength,
        sha256: createHash('sha256').update(data).digest('hex'),
        data,
        width: info.width,
        height: info.height,
        // Set, so the job that removes abandoned mandate PDFs (createdById null) never touches images.
        createdById: staff.id,
      },
      select: { id: true, width: true, height: true, contentType: true, size: true, filename: true },
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'image.upload',
      entityType: 'Upload',
      entityId: row.id,
      after: { filename: row.filename, contentType, size: row.size, width: row.width, height: row.height },
    })
    return {
      id: row.id,
      width: row.width ?? info.width,
      height: row.height ?? info.height,
      contentType,
      size: row.size,
    }
  })
}
