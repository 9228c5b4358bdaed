import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { IMAGE_TYPES } from './get-public-image'

export type ImageSummary = {
  id: string
  filename: string
  contentType: string
  size: number
  width: number | null
  height: number | null
  createdAt: string
  uploadedBy: string
}

/** The images editors uploaded, newest first, for the image library; checks the permission itself. */
export async function listImages({ limit = 50 }: { limit?: number } = {}): Promise<ImageSummary[]> {
  await requirePermission('content.edit')
  const rows = await db.upload.findMany({
    where: { contentType: { in: IMAGE_TYPES } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      filename: true,
      contentType: true,
      size: true,
      width: true,
      height: true,
      createdAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  })
  return rows.map(({ createdBy, createdAt, ...r }) => ({
    ...r,
    createdAt: createdAt.toISOString(),
    uploadedBy: createdBy?.name ?? createdBy?.email ?? 'Unknown',
  }))
}
