import 'server-only'
import { db } from '@/server/db'
import type { ComplianceReport, ComplianceInput, CompliancePledge } from '@/lib/domain/compliance'

export type ComplianceEvidence = Omit<ComplianceInput, 'now'>

/** Municipalities per batch: keeps every IN list well under SQLite's and PostgreSQL's parameter limits. */
export const COMPLIANCE_BATCH_SIZE = 500

function group<T extends { municipalityId: string }>(rows: T[]): Map<string, T[]> {
  const byMunicipality = new Map<string, T[]>()
  for (const row of rows) {
    const list = byMunicipality.get(row.municipalityId)
    if (list) list.push(row)
    else byMunicipality.set(row.municipalityId, [row])
  }
  return byMunicipality
}

/**
 * What the compliance engine needs for up to COMPLIANCE_BATCH_SIZE municipalities, in five queries
 * whatever their number. Only evidence that can count is loaded: approved pledges, verified reports,
 * targets (replaced ones date the target stage), plans.
 */
export async function loadComplianceInputs(
  municipalityIds: string[],
): Promise<Map<string, ComplianceEvidence>> {
  const ids = { in: municipalityIds }
  const verifiedReport = { municipalityId: ids, status: 'VERIFIED' as const }
  const [pledges, reports, sectors, hazards, targets] = await Promise.all([
    db.pledge.findMany({
      where: { municipalityId: ids, status: 'APPROVED', campaign: { hasCompliancePath: true } },
      select: { municipalityId: true, status: true, commitmentDate: true },
    }),
    db.progressReport.findMany({
      where: verifiedReport,
      select: {
        id: true,
        municipalityId: true,
        accountingYear: true,
        status: true,
        verifiedAt: true,
        vulnerabilityAssessedAt: true,
        vulnerabilityAssessmentUrl: true,
        adaptationGoal: true,
        actions: { where: { kind: 'PLAN' }, select: { pillar: true, url: true, adoptedAt: true } },
      },
    }),
    // Sectors a report covers, with a figure or a notation key (the inventory stage's test).
    db.inventoryEntry.groupBy({
      by: ['reportId', 'sector'],
      where: { report: verifiedReport, OR: [{ emissions: { not: null } }, { notationKey: { not: null } }] },
    }),
    db.hazardAssessment.groupBy({
      by: ['reportId'],
      where: { report: verifiedReport },
      _count: { _all: true },
    }),
    db.target.findMany({
      where: { municipalityId: ids },
      select: { municipalityId: true, status: true, adoptedAt: true, createdAt: true },
    }),
  ])

  const sectorsByReport = new Map<string, string[]>()
  for (const { reportId, sector } of sectors)
    sectorsByReport.set(reportId, [...(sectorsByReport.get(reportId) ?? []), sector])
  const hazardsByReport = new Map(hazards.map((h) => [h.reportId, h._count._all]))

  const pledgesOf = group(pledges)
  const reportsOf = group(reports)
  const targetsOf = group(targets)
  const result = new Map<string, ComplianceEvidence>()
  for (const id of municipalityIds) {
    result.set(id, {
      pledges: (pledgesOf.get(id) ?? []).map((p): CompliancePledge => ({
        status: p.status,
        commitmentDate: p.commitmentDate,
        hasCompliancePath: true,
      })),
      reports: (reportsOf.get(id) ?? []).map(({ id: reportId, actions, ...r }): ComplianceReport => ({
        ...r,
        inventorySectors: sectorsByReport.get(reportId) ?? [],
        hazardCount: hazardsByReport.get(reportId) ?? 0,
        plans: actions,
      })),
      targets: targetsOf.get(id) ?? [],
    })
  }
  return result
}
