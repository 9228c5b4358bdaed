import 'server-only'
import { db, type Db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { actionKey, hazardKey, keepOrigins, type CarrySection } from '@/lib/domain/carried-over'
import { cellName } from '@/lib/domain/report-completeness'
import { cellText, type DraftReport, type NotationKeyCode } from '@/schemas/reports'
import { lockEditableReport } from './editable-report'
import { requireReportOfficial } from './require-report-official'

type Tx = Pick<Db, 'progressReport' | 'inventoryEntry' | 'hazardAssessment' | 'climateAction'>

const cellKey = (e: {
  sector: string
  scope: number
  emissions: number | null
  notationKey: string | null
}) =>
  `${cellName(e.sector, e.scope)}=${cellText({ emissions: e.emissions, notationKey: e.notationKey as NotationKeyCode | null })}`

/**
 * Replaces a report's inventory, hazards and actions and its own fields with the draft's. A figure or
 * row still saying what was carried over from the previous verified report keeps its mark (carried over
 * or confirmed); a changed one becomes the official's own (ENTERED).
 */
export async function writeReportContents(tx: Tx, reportId: string, draft: DraftReport) {
  const [stored, inventory, hazards, actions] = await Promise.all([
    tx.progressReport.findUniqueOrThrow({
      where: { id: reportId },
      select: { reportingLevel: true, reportingLevelOrigin: true },
    }),
    tx.inventoryEntry.findMany({ where: { reportId } }),
    tx.hazardAssessment.findMany({ where: { reportId }, orderBy: { id: 'asc' } }),
    tx.climateAction.findMany({ where: { reportId }, orderBy: { id: 'asc' } }),
  ])
  const inventoryOrigins = keepOrigins(
    inventory.map((e) => ({ key: cellKey(e), origin: e.origin })),
    draft.inventory.map(cellKey),
  )
  const hazardOrigins = keepOrigins(
    hazards.map((h) => ({ key: hazardKey(h), origin: h.origin })),
    draft.hazards.map(hazardKey),
  )
  const actionOrigins = keepOrigins(
    actions.map((a) => ({ key: actionKey(a), origin: a.origin })),
    draft.actions.map(actionKey),
  )
  await tx.inventoryEntry.deleteMany({ where: { reportId } })
  await tx.hazardAssessment.deleteMany({ where: { reportId } })
  await tx.climateAction.deleteMany({ where: { reportId } })
  if (draft.inventory.length > 0)
    await tx.inventoryEntry.createMany({
      data: draft.inventory.map((e, i) => ({ ...e, reportId, origin: inventoryOrigins[i] })),
    })
  // One at a time: rows keep the order they were entered in (ids grow with time).
  for (const [i, h] of draft.hazards.entries())
    await tx.hazardAssessment.create({ data: { ...h, reportId, origin: hazardOrigins[i] } })
  for (const [i, a] of draft.actions.entries())
    await tx.climateAction.create({ data: { ...a, reportId, origin: actionOrigins[i] } })
  await tx.progressReport.update({
    where: { id: reportId },
    data: {
      reportingLevel: draft.reportingLevel,
      reportingLevelOrigin:
        draft.reportingLevel !== null && draft.reportingLevel === stored.reportingLevel
          ? stored.reportingLevelOrigin
          : 'ENTERED',
      inventoryBoundary: draft.inventoryBoundary,
      vulnerabilityAssessmentUrl: draft.vulnerabilityAssessmentUrl,
      vulnerabilityAssessedAt: draft.vulnerabilityAssessedAt,
      adaptationGoal: draft.adaptationGoal,
    },
  })
}

/**
 * The official's "these carried-over figures are still right" for some sections: what is still marked
 * carried over there becomes CONFIRMED (their statement for the new year). Returns how many by section.
 */
export async function confirmCarriedOver(tx: Tx, reportId: string, sections: CarrySection[]) {
  const where = { reportId, origin: 'CARRIED_OVER' as const }
  const data = { origin: 'CONFIRMED' as const }
  const confirmed: Partial<Record<CarrySection, number>> = {}
  if (sections.includes('inventory')) {
    const level = await tx.progressReport.updateMany({
      where: { id: reportId, reportingLevelOrigin: 'CARRIED_OVER' },
      data: { reportingLevelOrigin: 'CONFIRMED' },
    })
    confirmed.inventory = level.count + (await tx.inventoryEntry.updateMany({ where, data })).count
  }
  if (sections.includes('hazards'))
    confirmed.hazards = (await tx.hazardAssessment.updateMany({ where, data })).count
  if (sections.includes('actions'))
    confirmed.actions = (await tx.climateAction.updateMany({ where, data })).count
  return confirmed
}

/**
 * Saves the draft of a DRAFT or RETURNED report, all of it or nothing; then confirms the carried-over
 * figures of the sections in `confirm` (what the official left unchanged there).
 */
export async function saveReportDraft({
  slug,
  accountingYear,
  draft,
  confirm = [],
}: {
  slug: string
  accountingYear: number
  draft: DraftReport
  confirm?: CarrySection[]
}) {
  const { user, municipality } = await requireReportOfficial(slug)
  return db.$transaction(async (tx) => {
    const report = await lockEditableReport(tx, municipality.id, accountingYear)
    await writeReportContents(tx, report.id, draft)
    const actor = { id: user.id, label: user.email }
    await recordAudit({
      client: tx,
      actor,
      action: 'report.save',
      entityType: 'ProgressReport',
      entityId: report.id,
      after: draft,
    })
    const confirmed = confirm.length > 0 ? await confirmCarriedOver(tx, report.id, confirm) : {}
    if (Object.values(confirmed).some((n) => n > 0))
      await recordAudit({
        client: tx,
        actor,
        action: 'report.confirm-carried-over',
        entityType: 'ProgressReport',
        entityId: report.id,
        after: { confirmed },
      })
    return { id: report.id, status: report.status, confirmed }
  })
}
