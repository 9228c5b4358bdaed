import 'server-only'
import { db } from '@/server/db'
import { splitCodes } from '@/lib/domain/gpc'
import type { InventoryEntryInput } from '@/lib/domain/target-path'
import { memberTrajectory, type MemberTrajectory } from '@/lib/domain/network-progress'

const verifiedMemberReport = { status: 'VERIFIED' as const, municipality: { isMember: true } }

/**
 * Every member's charted target path and verified inventories (network-progress.ts), in three flat queries
 * (no IN list of ids, which SQLite caps). Members without an active target with a path are left out.
 */
export async function loadMemberTrajectories(): Promise<{
  withTargets: number
  trajectories: MemberTrajectory[]
}> {
  const [targets, reports, entries] = await Promise.all([
    db.target.findMany({
      where: { status: 'ACTIVE', municipality: { isMember: true } },
      // The profile's order (member-profile-parts.ts): its chart draws the first target with a path.
      orderBy: [{ targetYear: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      omit: { replacedById: true, isDemo: true, updatedAt: true, activeKey: true },
    }),
    db.progressReport.findMany({
      where: verifiedMemberReport,
      select: { id: true, municipalityId: true, accountingYear: true },
    }),
    db.inventoryEntry.findMany({
      where: { report: verifiedMemberReport },
      select: { reportId: true, sector: true, emissions: true, notationKey: true },
    }),
  ])
  const entriesOf = new Map<string, InventoryEntryInput[]>()
  for (const { reportId, ...e } of entries) entriesOf.set(reportId, [...(entriesOf.get(reportId) ?? []), e])
  const reportsOf = new Map<string, { year: number; entries: InventoryEntryInput[] }[]>()
  for (const r of reports) {
    const list = reportsOf.get(r.municipalityId) ?? []
    list.push({ year: r.accountingYear, entries: entriesOf.get(r.id) ?? [] })
    reportsOf.set(r.municipalityId, list)
  }
  const targetsOf = new Map<string, typeof targets>()
  for (const t of targets) targetsOf.set(t.municipalityId, [...(targetsOf.get(t.municipalityId) ?? []), t])

  const trajectories: MemberTrajectory[] = []
  for (const [municipalityId, list] of targetsOf) {
    const trajectory = memberTrajectory({
      targets: list.map((t) => ({ ...t, sectorsCovered: splitCodes(t.sectorsCovered) })),
      reports: (reportsOf.get(municipalityId) ?? []).sort((a, b) => a.year - b.year),
    })
    if (trajectory) trajectories.push(trajectory)
  }
  return { withTargets: targetsOf.size, trajectories }
}
