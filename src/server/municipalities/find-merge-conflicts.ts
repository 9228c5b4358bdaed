import 'server-only'
import type { Db } from '@/server/db'

type Client = Pick<Db, 'pledge' | 'progressReport' | 'target'>

/**
 * What would break if the duplicate's rows moved to the kept municipality, in words for staff:
 * one live (pending or approved) pledge per campaign, one progress report per accounting year, no two identical
 * active targets (the same figures: their activeKey, which a unique index holds per municipality).
 */
export async function findMergeConflicts(
  tx: Client,
  duplicateId: string,
  targetId: string,
): Promise<string[]> {
  const live = { liveKey: { not: null } } as const
  const [dupPledges, keptPledges, dupReports, keptReports] = await Promise.all([
    tx.pledge.findMany({
      where: { municipalityId: duplicateId, ...live },
      select: { campaignId: true, status: true, signatoryName: true, campaign: { select: { name: true } } },
    }),
    tx.pledge.findMany({
      where: { municipalityId: targetId, ...live },
      select: { campaignId: true, status: true, signatoryName: true },
    }),
    tx.progressReport.findMany({ where: { municipalityId: duplicateId }, select: { accountingYear: true } }),
    tx.progressReport.findMany({ where: { municipalityId: targetId }, select: { accountingYear: true } }),
  ])
  const [dupTargets, keptTargetKeys] = await Promise.all([
    tx.target.findMany({
      where: { municipalityId: duplicateId, activeKey: { not: null } },
      select: { activeKey: true, targetYear: true },
    }),
    tx.target.findMany({
      where: { municipalityId: targetId, activeKey: { not: null } },
      select: { activeKey: true },
    }),
  ])
  const conflicts: string[] = []
  for (const p of dupPledges) {
    const other = keptPledges.find((k) => k.campaignId === p.campaignId)
    if (other)
      conflicts.push(
        `Both have a live pledge for ${p.campaign.name} (${p.signatoryName}, ${p.status.toLowerCase().replace('_', ' ')}; ${other.signatoryName}, ${other.status.toLowerCase().replace('_', ' ')}): withdraw or reject one first.`,
      )
  }
  const keptYears = new Set(keptReports.map((r) => r.accountingYear))
  for (const r of dupReports)
    if (keptYears.has(r.accountingYear))
      conflicts.push(`Both have a progress report for ${r.accountingYear}: return or remove one first.`)
  const keptKeys = new Set(keptTargetKeys.map((t) => t.activeKey))
  for (const t of dupTargets)
    if (keptKeys.has(t.activeKey))
      conflicts.push(`Both have the same active target for ${t.targetYear}: replace or change one first.`)
  return conflicts
}
