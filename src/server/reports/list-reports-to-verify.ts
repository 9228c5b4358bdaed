import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

/** The verification queue: submitted reports, the longest waiting first. Staff with report.verify. */
export async function listReportsToVerify() {
  await requirePermission('report.verify')
  const rows = await db.progressReport.findMany({
    where: { status: 'SUBMITTED' },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: {
      id: true,
      accountingYear: true,
      reportingLevel: true,
      submittedAt: true,
      submittedBy: { select: { email: true, name: true } },
      municipality: { select: { name: true, state: true, slug: true } },
      _count: { select: { inventory: true, hazards: true, actions: true } },
    },
  })
  return rows.map((r) => ({ ...r, submittedAt: r.submittedAt?.toISOString() ?? null }))
}
