import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type VerifiedReductions = {
  /** Sum over members of (earliest verified inventory - latest verified inventory) where positive, tCO2e. */
  totalTco2e: number
  /** Members whose latest verified inventory is below their earliest. */
  municipalitiesReducing: number
  /** Members with at least two verified inventories, so a change can be measured. */
  municipalitiesCompared: number
}

type Inventory = { year: number; total: number }

/** Earliest minus latest inventory total, or null when there is only one year to compare. */
export function reductionOf(inventories: Inventory[]): number | null {
  if (inventories.length < 2) return null
  const sorted = [...inventories].sort((a, b) => a.year - b.year)
  const earliest = sorted[0]
  const latest = sorted[sorted.length - 1]
  return earliest && latest ? earliest.total - latest.total : null
}

async function load(): Promise<VerifiedReductions> {
  const verifiedMemberReport = { status: 'VERIFIED' as const, municipality: { isMember: true } }
  // Two aggregate queries: totals per report, then which municipality and year each report is.
  const [totals, reports] = await Promise.all([
    db.inventoryEntry.groupBy({
      by: ['reportId'],
      where: { emissions: { not: null }, report: verifiedMemberReport },
      _sum: { emissions: true },
    }),
    db.progressReport.findMany({
      where: verifiedMemberReport,
      select: { id: true, municipalityId: true, accountingYear: true },
    }),
  ])
  const totalByReport = new Map(totals.map((t) => [t.reportId, t._sum.emissions ?? 0]))
  const byMunicipality = new Map<string, Inventory[]>()
  for (const r of reports) {
    const total = totalByReport.get(r.id)
    // A verified report without any figures has no inventory to compare.
    if (total === undefined) continue
    const list = byMunicipality.get(r.municipalityId) ?? []
    list.push({ year: r.accountingYear, total })
    byMunicipality.set(r.municipalityId, list)
  }
  let totalTco2e = 0
  let municipalitiesReducing = 0
  let municipalitiesCompared = 0
  for (const inventories of byMunicipality.values()) {
    const reduction = reductionOf(inventories)
    if (reduction === null) continue
    municipalitiesCompared++
    if (reduction > 0) {
      totalTco2e += reduction
      municipalitiesReducing++
    }
  }
  return { totalTco2e: Math.round(totalTco2e), municipalitiesReducing, municipalitiesCompared }
}

/** Emission reductions shown by members' verified inventories, for the home page. */
export const getVerifiedReductions = unstable_cache(load, ['verified-reductions'], {
  tags: [tags.network],
  revalidate: 3600,
})
