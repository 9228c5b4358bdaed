import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { lockEditableReport } from './editable-report'
import { parseInventoryCsv } from './inventory-csv'
import { requireReportOfficial } from './require-report-official'

export type ImportInventoryResult =
  { imported: number } | { imported: 0; rowErrors: { row: number; message: string }[] }

/**
 * Fills a draft's inventory from an uploaded CSV (the portal's template). Any bad row refuses the
 * whole file and changes nothing; a good file replaces every inventory figure of the draft.
 */
export async function importInventoryCsv({
  slug,
  accountingYear,
  text,
}: {
  slug: string
  accountingYear: number
  text: string
}): Promise<ImportInventoryResult> {
  const { user, municipality } = await requireReportOfficial(slug)
  const parsed = parseInventoryCsv(text)
  // Checked before reporting row errors too, so a verified report answers "cannot be changed".
  return db.$transaction(async (tx) => {
    const report = await lockEditableReport(tx, municipality.id, accountingYear)
    if (!parsed.ok) return { imported: 0 as const, rowErrors: parsed.rowErrors }
    const before = await tx.inventoryEntry.findMany({
      where: { reportId: report.id },
      select: { sector: true, scope: true, emissions: true, notationKey: true },
    })
    await tx.inventoryEntry.deleteMany({ where: { reportId: report.id } })
    if (parsed.inventory.length > 0)
      await tx.inventoryEntry.createMany({
        data: parsed.inventory.map((e) => ({ ...e, reportId: report.id })),
      })
    await tx.progressReport.update({ where: { id: report.id }, data: { updatedAt: new Date() } })
    await recordAudit({
      client: tx,
      actor: { id: user.id, label: user.email },
      action: 'report.import-inventory',
      entityType: 'ProgressReport',
      entityId: report.id,
      before,
      after: parsed.inventory,
    })
    return { imported: parsed.inventory.length }
  })
}
