import 'server-only'
import { db } from '@/server/db'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { mayReadGroup } from './group-access'

export type GroupDocumentFile = { filename: string; contentType: string; data: Uint8Array }

/**
 * A group's shared document for the visitor of this request, or null when there is none or they may not
 * have it (staff and the group's members only; anyone else is answered as for an unknown document).
 */
export async function getGroupDocument({
  slug,
  id,
}: {
  slug: string
  id: string
}): Promise<GroupDocumentFile | null> {
  const user = await getCurrentUser()
  if (!user) return null
  const doc = await db.peerGroupDocument.findFirst({
    where: { id, group: { slug } },
    select: { groupId: true, upload: { select: { filename: true, contentType: true, data: true } } },
  })
  if (!doc || !(await mayReadGroup(user, doc.groupId))) return null
  return { ...doc.upload, data: new Uint8Array(doc.upload.data) }
}
