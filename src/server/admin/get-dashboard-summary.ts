import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { summarizeOpenRequests, type OpenRequestsSummary } from '@/server/assistance/summarize-open-requests'

export type ActivityEntry = {
  id: string
  actorLabel: string
  action: string
  entityType: string
  entityId: string
  createdAt: string
}

export type DashboardSummary = {
  pledgesToReview: number
  reportsToVerify: number
  overdueMunicipalities: number
  assistance: OpenRequestsSummary
  recentActivity: ActivityEntry[]
}

/** What waits for whom across the staff area, and the latest changes. Any staff role. */
export async function getDashboardSummary({
  activityLimit = 10,
  now = new Date(),
} = {}): Promise<DashboardSummary> {
  await requirePermission('admin.view')
  const [pledgesToReview, reportsToVerify, overdueMunicipalities, assistance, activity] = await Promise.all([
    db.pledge.count({ where: { status: 'PENDING_REVIEW' } }),
    db.progressReport.count({ where: { status: 'SUBMITTED' } }),
    db.municipality.count({ where: { isMember: true, complianceOverdue: true } }),
    summarizeOpenRequests({ now }),
    db.auditLog.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: activityLimit,
      select: { id: true, actorLabel: true, action: true, entityType: true, entityId: true, createdAt: true },
    }),
  ])
  return {
    pledgesToReview,
    reportsToVerify,
    overdueMunicipalities,
    assistance,
    recentActivity: activity.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
  }
}
