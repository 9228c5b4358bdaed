import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { isRecordId } from '@/schemas/id'

/** An uploaded mandate document, for moderators reviewing the pledge it belongs to; null when unknown. */
export async function getUpload({ id }: { id: string }) {
  await requirePermission('pledge.review')
  if (!isRecordId(id)) return null
  return db.upload.findUnique({
    where: { id },
    select: { filename: true, contentType: true, size: true, data: true },
  })
}
