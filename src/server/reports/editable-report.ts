import 'server-only'
import type { Db } from '@/server/db'
import { AppError } from '@/server/errors'

type Tx = Pick<Db, 'progressReport'>

export const EDITABLE_STATUSES = ['DRAFT', 'RETURNED'] as const

/**
 * The report, read inside the transaction that changes it, when its officials may still change it:
 * a submitted report waits for staff and a verified one is final (CONFLICT either way).
 */
export async function lockEditableReport(tx: Tx, municipalityId: string, accountingYear: number) {
  const report = await tx.progressReport.findUnique({
    where: { municipalityId_accountingYear: { municipalityId, accountingYear } },
    select: { id: true, status: true, updatedAt: true },
  })
  if (!report) throw new AppError('NOT_FOUND')
  if (!(EDITABLE_STATUSES as readonly string[]).includes(report.status)) {
    throw new AppError(
      'CONFLICT',
      report.status === 'VERIFIED'
        ? 'This report has been verified and can no longer be changed.'
        : 'This report has been submitted and is waiting for staff; it cannot be changed now.',
    )
  }
  return report
}
