import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { copyVerifiedReport } from './copy-verified-report'
import { requireReportOfficial } from './require-report-official'

/**
 * Starts the draft report of an accounting year, or finds the one already there (one report per
 * municipality and year: a repeat, or two officials at once, land on the same report). A new draft
 * starts from the most recent verified report of an earlier year, its figures marked carried over.
 */
export async function createReport({ slug, accountingYear }: { slug: string; accountingYear: number }) {
  const { user, municipality } = await requireReportOfficial(slug)
  const where = { municipalityId_accountingYear: { municipalityId: municipality.id, accountingYear } }
  const existing = await db.progressReport.findUnique({ where, select: { id: true } })
  if (existing) return { id: existing.id, created: false }
  try {
    return await db.$transaction(async (tx) => {
      const report = await tx.progressReport.create({
        data: { municipalityId: municipality.id, accountingYear },
        select: { id: true },
      })
      const carriedOver = await copyVerifiedReport(tx, {
        municipalityId: municipality.id,
        reportId: report.id,
        accountingYear,
      })
      await recordAudit({
        client: tx,
        actor: { id: user.id, label: user.email },
        action: 'report.create',
        entityType: 'ProgressReport',
        entityId: report.id,
        after: { municipality: municipality.slug, accountingYear, status: 'DRAFT', carriedOver },
      })
      return { id: report.id, created: true }
    })
  } catch (e) {
    const again = await db.progressReport.findUnique({ where, select: { id: true } })
    if (again) return { id: again.id, created: false }
    throw e
  }
}
