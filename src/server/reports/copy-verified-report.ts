import 'server-only'
import type { Db } from '@/server/db'

type Tx = Pick<Db, 'progressReport' | 'inventoryEntry' | 'hazardAssessment' | 'climateAction'>

/**
 * Pre-fills a new draft from the municipality's most recent VERIFIED report of an earlier year (never a
 * draft, submitted or returned one): its protocol and reporting level, inventory, hazards, and plans and
 * actions, each marked CARRIED_OVER until the official changes or confirms it (decision 0019). Returns
 * what was copied, or null when there is no verified report to start from (the draft stays empty).
 */
export async function copyVerifiedReport(
  tx: Tx,
  {
    municipalityId,
    reportId,
    accountingYear,
  }: { municipalityId: string; reportId: string; accountingYear: number },
) {
  const source = await tx.progressReport.findFirst({
    where: { municipalityId, status: 'VERIFIED', accountingYear: { lt: accountingYear } },
    orderBy: { accountingYear: 'desc' },
    select: {
      accountingYear: true,
      protocol: true,
      reportingLevel: true,
      inventory: { orderBy: [{ sector: 'asc' }, { scope: 'asc' }] },
      hazards: { orderBy: { id: 'asc' } },
      actions: { orderBy: { id: 'asc' } },
    },
  })
  if (!source) return null
  const origin = 'CARRIED_OVER' as const
  await tx.progressReport.update({
    where: { id: reportId },
    data: {
      prefilledFrom: source.accountingYear,
      protocol: source.protocol,
      reportingLevel: source.reportingLevel,
      reportingLevelOrigin: source.reportingLevel ? origin : 'ENTERED',
    },
  })
  if (source.inventory.length > 0)
    await tx.inventoryEntry.createMany({
      data: source.inventory.map((e) => ({
        reportId,
        sector: e.sector,
        scope: e.scope,
        emissions: e.emissions,
        notationKey: e.notationKey,
        origin,
      })),
    })
  // One at a time: rows keep the source's order (ids grow with time).
  for (const h of source.hazards)
    await tx.hazardAssessment.create({
      data: {
        reportId,
        hazard: h.hazard,
        riskLevel: h.riskLevel,
        expectedImpact: h.expectedImpact,
        vulnerableGroups: h.vulnerableGroups,
        origin,
      },
    })
  for (const a of source.actions)
    await tx.climateAction.create({
      data: {
        reportId,
        kind: a.kind,
        pillar: a.pillar,
        sector: a.sector,
        title: a.title,
        status: a.status,
        url: a.url,
        adoptedAt: a.adoptedAt,
        origin,
      },
    })
  return {
    fromYear: source.accountingYear,
    inventory: source.inventory.length,
    hazards: source.hazards.length,
    actions: source.actions.length,
  }
}
