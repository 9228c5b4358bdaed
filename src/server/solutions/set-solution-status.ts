import 'server-only'
import { invalidateSolution } from '@/server/cache-tags'
import { setPublishStatus, type Publishable } from '@/server/publishing/set-publish-status'

const solutions: Publishable = {
  permission: 'solution.edit',
  entityType: 'Solution',
  audit: 'solution',
  noun: 'This solution',
  find: async (tx, id) => {
    const s = await tx.solution.findUnique({
      where: { id },
      select: { slug: true, status: true, publishedAt: true },
    })
    return s && { status: s.status, publishedAt: s.publishedAt, label: { slug: s.slug } }
  },
  update: (tx, id, data) => tx.solution.update({ where: { id }, data }),
}

/** Publishes a solution on the Solutions Gateway or takes it off; the public pages follow at once. */
export async function setSolutionStatus({
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
  const { slug = '' } = await setPublishStatus(solutions, { id, status, editor, now })
  invalidateSolution(slug)
  return { slug }
}
