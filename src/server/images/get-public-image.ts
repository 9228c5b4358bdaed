import 'server-only'
import { db } from '@/server/db'
import { isRecordId } from '@/schemas/id'

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp']

/** An image uploaded by an editor, for /images/<id>; never any other upload (mandate PDFs stay private). */
export async function getPublicImage({ id }: { id: string }) {
  if (!isRecordId(id)) return null
  return db.upload.findFirst({
    where: { id, contentType: { in: IMAGE_TYPES } },
    select: { contentType: true, data: true, sha256: true, width: true },
  })
}
