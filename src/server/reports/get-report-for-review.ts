import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { reportContents } from './report-include'
import { isRecordId } from '@/schemas/id'

/** A report in full for staff, whatever its status; NOT_FOUND when there is none. */
export async function getReportForReview({ reportId }: { reportId: string }) {
  await requirePermission('report.verify')
  const report = isRecordId(reportId)
    ? await db.progressReport.findUnique({
        where: { id: reportId },
        include: {
          ...reportContents,
          municipality: { select: { id: true, name: true, state: true, slug: true, isMember: true } },
          submittedBy: { select: { email: true, name: true } },
          reviewedBy: { select: { email: true, name: true } },
        },
      })
    : null
  if (!report) throw new AppError('NOT_FOUND')
  return report
}
