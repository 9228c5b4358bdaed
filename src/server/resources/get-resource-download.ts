import 'server-only'
import { db } from '@/server/db'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { isNetworkMember } from '@/server/auth/is-network-member'

export type ResourceDownload = {
  filename: string
  contentType: string
  data: Uint8Array
  membersOnly: boolean
}

/**
 * The file of a published library entry, or null when there is none or the visitor may not have it: a
 * members-only file goes to members of the network only (staff, confirmed officials) (answered as unknown to anyone else).
 */
export async function getResourceDownload({ slug }: { slug: string }): Promise<ResourceDownload | null> {
  const r = await db.resource.findFirst({
    where: { slug, status: 'PUBLISHED', kind: 'FILE' },
    select: {
      membersOnly: true,
      upload: { select: { filename: true, contentType: true, data: true } },
    },
  })
  if (!r?.upload) return null
  if (r.membersOnly && !(await isNetworkMember(await getCurrentUser()))) return null
  const { filename, contentType, data } = r.upload
  return { filename, contentType, data: new Uint8Array(data), membersOnly: r.membersOnly }
}
