import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { requireReportOfficial } from './require-report-official'

/**
 * Starts the draft report of an accounting year, or finds the one already there (one report per
 * municipality and year: a repeat, or two officials at once, land on the same report).
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
      await recordAudit({
        client: tx,
        actor: { id: user.id, label: user.email },
        action: 'report.create',
        entityType: 'ProgressReport',
        entityId: report.id,
        after: { municipality: municipality.slug, accountingYear, status: 'DRAFT' },
      })
      return { id: report.id, created: true }
    })
  } catch (e) {
    const again = await db.progressReport.findUnique({ where, select: { id: true } })
    if (again) return { id: again.id, created: false }
    throw e
  }
}
