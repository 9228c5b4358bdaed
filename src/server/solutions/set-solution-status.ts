import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateSolution } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'

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
  const slug = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'solution.edit')
    const s = await tx.solution.findUnique({
      where: { id },
      select: { slug: true, status: true, publishedAt: true },
    })
    if (!s) throw new AppError('NOT_FOUND')
    if (s.status === status)
      throw new AppError(
        'CONFLICT',
        status === 'PUBLISHED' ? 'This solution is already published.' : 'This solution is not published.',
      )
    await tx.solution.update({
      where: { id },
      // The first publication date stays: it is when the solution appeared on the gateway.
      data: { status, ...(status === 'PUBLISHED' && !s.publishedAt ? { publishedAt: now } : {}) },
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: status === 'PUBLISHED' ? 'solution.publish' : 'solution.unpublish',
      entityType: 'Solution',
      entityId: id,
      before: { slug: s.slug, status: s.status },
      after: { slug: s.slug, status },
    })
    return s.slug
  })
  invalidateSolution(slug)
  return { slug }
}
