import 'server-only'
import { invalidateResource } from '@/server/cache-tags'
import { setPublishStatus, type Publishable } from '@/server/publishing/set-publish-status'

const resources: Publishable = {
  permission: 'resource.edit',
  entityType: 'Resource',
  audit: 'resource',
  noun: 'This entry',
  find: async (tx, id) => {
    const r = await tx.resource.findUnique({
      where: { id },
      select: { slug: true, kind: true, status: true, publishedAt: true },
    })
    return r && { status: r.status, publishedAt: r.publishedAt, label: { slug: r.slug, kind: r.kind } }
  },
  update: (tx, id, data) => tx.resource.update({ where: { id }, data }),
}

/**
 * Publishes a library entry as it stands or takes it off the library (a guide's newest draft is published
 * with publishResource, which also marks the revision); the library follows at once.
 */
export async function setResourceStatus({
  id,
  status,
  editor,
  now = new Date(),
}: {
  id: string
  status: 'DRAFT' | 'PUBLISHED'
  editor: { id: string }
  now?: Date
}) {
  const { slug = '' } = await setPublishStatus(resources, { id, status, editor, now })
  invalidateResource(slug)
  return { slug }
}
