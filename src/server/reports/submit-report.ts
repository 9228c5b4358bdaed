import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { unconfirmedErrors } from '@/lib/domain/carried-over'
import { completenessErrors, type ReportingLevelCode } from '@/lib/domain/report-completeness'
import type { FieldErrors } from '@/schemas/reports'
import { lockEditableReport } from './editable-report'
import { requireReportOfficial } from './require-report-official'

export type SubmitReportResult = { submitted: true } | { submitted: false; errors: FieldErrors }

/**
 * Sends a complete DRAFT or RETURNED report to staff (SUBMITTED: it joins the verification queue on
 * the staff dashboard). An incomplete report, or one still holding figures carried over from the
 * previous verified report that the official has not confirmed or changed, stays as it is and the
 * problems come back by field.
 */
export async function submitReport({
  slug,
  accountingYear,
  now = new Date(),
}: {
  slug: string
  accountingYear: number
  now?: Date
}): Promise<SubmitReportResult> {
  const { user, municipality } = await requireReportOfficial(slug)
  return db.$transaction(async (tx) => {
    const { id, status } = await lockEditableReport(tx, municipality.id, accountingYear)
    const report = await tx.progressReport.findUniqueOrThrow({
      where: { id },
      include: { inventory: true, hazards: { orderBy: { id: 'asc' } }, actions: { orderBy: { id: 'asc' } } },
    })
    const errors = {
      ...unconfirmedErrors(report),
      // What is missing comes first: a field that is both missing and carried over asks for the figure.
      ...completenessErrors({
        ...report,
        reportingLevel: report.reportingLevel as ReportingLevelCode | null,
      }),
    }
    if (Object.keys(errors).length > 0) return { submitted: false as const, errors }
    // The status in the WHERE clause: of two submissions at once, only one moves the report.
    const moved = await tx.progressReport.updateMany({
      where: { id, status },
      data: { status: 'SUBMITTED', submittedAt: now, submittedById: user.id },
    })
    if (moved.count === 1) {
      await recordAudit({
        client: tx,
        actor: { id: user.id, label: user.email },
        action: 'report.submit',
        entityType: 'ProgressReport',
        entityId: id,
        before: { status },
        after: { status: 'SUBMITTED', submittedAt: now.toISOString() },
      })
    }
    return { submitted: true as const }
  })
}
