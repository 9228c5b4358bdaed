import 'server-only'
import { db, type Db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import type { DraftReport } from '@/schemas/reports'
import { lockEditableReport } from './editable-report'
import { requireReportOfficial } from './require-report-official'

type Tx = Pick<Db, 'progressReport' | 'inventoryEntry' | 'hazardAssessment' | 'climateAction'>

/** Replaces a report's inventory, hazards and actions and its own fields with the draft's. */
export async function writeReportContents(tx: Tx, reportId: string, draft: DraftReport) {
  await tx.inventoryEntry.deleteMany({ where: { reportId } })
  await tx.hazardAssessment.deleteMany({ where: { reportId } })
  await tx.climateAction.deleteMany({ where: { reportId } })
  if (draft.inventory.length > 0)
    await tx.inventoryEntry.createMany({ data: draft.inventory.map((e) => ({ ...e, reportId })) })
  // One at a time: rows keep the order they were entered in (ids grow with time).
  for (const h of draft.hazards) await tx.hazardAssessment.create({ data: { ...h, reportId } })
  for (const a of draft.actions) await tx.climateAction.create({ data: { ...a, reportId } })
  await tx.progressReport.update({
    where: { id: reportId },
    data: {
      reportingLevel: draft.reportingLevel,
      inventoryBoundary: draft.inventoryBoundary,
      vulnerabilityAssessmentUrl: draft.vulnerabilityAssessmentUrl,
      vulnerabilityAssessedAt: draft.vulnerabilityAssessedAt,
      adaptationGoal: draft.adaptationGoal,
    },
  })
}

/** Saves the draft of a DRAFT or RETURNED report, all of it or nothing. */
export async function saveReportDraft({
  slug,
  accountingYear,
  draft,
}: {
  slug: string
  accountingYear: number
  draft: DraftReport
}) {
  const { user, municipality } = await requireReportOfficial(slug)
  return db.$transaction(async (tx) => {
    const report = await lockEditableReport(tx, municipality.id, accountingYear)
    await writeReportContents(tx, report.id, draft)
    await recordAudit({
      client: tx,
      actor: { id: user.id, label: user.email },
      action: 'report.save',
      entityType: 'ProgressReport',
      entityId: report.id,
      after: draft,
    })
    return { id: report.id, status: report.status }
  })
}
