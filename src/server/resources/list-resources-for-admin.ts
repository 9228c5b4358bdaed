import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { isReviewDue, type ResourceKindCode } from '@/lib/domain/resources'

export type AdminResourceSummary = {
  id: string
  title: string
  kind: ResourceKindCode
  status: 'DRAFT' | 'PUBLISHED'
  owner: string | null
  reviewedOn: string
  /** A published guide past its yearly review. */
  reviewDue: boolean
}

/** Every library entry, drafts included, by title: the staff list. */
export async function listResourcesForAdmin({ now = new Date() } = {}): Promise<AdminResourceSummary[]> {
  await requirePermission('resource.edit')
  const rows = await db.resource.findMany({
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      reviewedOn: true,
      owner: { select: { name: true, email: true } },
    },
  })
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    owner: r.owner ? (r.owner.name ?? r.owner.email) : null,
    reviewedOn: r.reviewedOn.toISOString().slice(0, 10),
    reviewDue: r.kind === 'GUIDE' && r.status === 'PUBLISHED' && isReviewDue(r.reviewedOn, now),
  }))
}
