import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { isReviewDue, REVIEW_INTERVAL_MONTHS } from '@/lib/domain/resources'

export type GuideDueForReview = { id: string; title: string; reviewedOn: string; owner: string | null }

/** Published guides whose yearly review is past due, the longest overdue first (the staff dashboard). */
export async function listResourcesDueForReview({ now = new Date(), limit = 50 } = {}): Promise<
  GuideDueForReview[]
> {
  await requirePermission('resource.edit')
  // A day's slack on the cut-off; isReviewDue decides month ends exactly.
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - REVIEW_INTERVAL_MONTHS)
  cutoff.setUTCDate(cutoff.getUTCDate() + 1)
  const rows = await db.resource.findMany({
    where: { kind: 'GUIDE', status: 'PUBLISHED', reviewedOn: { lte: cutoff } },
    orderBy: [{ reviewedOn: 'asc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, title: true, reviewedOn: true, owner: { select: { name: true, email: true } } },
  })
  return rows
    .filter((r) => isReviewDue(r.reviewedOn, now))
    .map((r) => ({
      id: r.id,
      title: r.title,
      reviewedOn: r.reviewedOn.toISOString().slice(0, 10),
      owner: r.owner ? (r.owner.name ?? r.owner.email) : null,
    }))
}
