// Factories for the progress report's tests, named by the state they create, on top of tests/fixtures.
import { db } from '../../helpers/db'
import { activeTarget, approvedPledge, memberMunicipality } from '../../fixtures/factories'

export { db }

type Sectors = { STATIONARY_ENERGY?: number; TRANSPORTATION?: number; WASTE?: number }

/** A progress report whose inventory has exactly the given sector totals (scope 1), with one hazard. */
export function reportWithInventory(
  municipalityId: string,
  accountingYear: number,
  sectors: Sectors,
  status: 'VERIFIED' | 'SUBMITTED' | 'RETURNED' = 'VERIFIED',
  extra: { plans?: ('MITIGATION' | 'ADAPTATION')[]; vulnerability?: boolean } = {},
) {
  const verifiedAt = status === 'VERIFIED' ? new Date(Date.UTC(accountingYear + 1, 2, 1)) : null
  return db.progressReport.create({
    data: {
      municipalityId,
      accountingYear,
      status,
      verifiedAt,
      vulnerabilityAssessedAt: extra.vulnerability ? verifiedAt : null,
      adaptationGoal: extra.vulnerability ? 'Halve heat illness by 2035.' : null,
      inventory: {
        create: Object.entries(sectors).map(([sector, emissions]) => ({
          sector: sector as keyof Sectors,
          scope: 1,
          emissions,
        })),
      },
      hazards: {
        create: [
          {
            hazard: 'EXTREME_HEAT',
            riskLevel: 'HIGH',
            expectedImpact: 'Heat illness.',
            vulnerableGroups: 'Older adults',
          },
        ],
      },
      actions: {
        create: (extra.plans ?? []).map((pillar) => ({
          kind: 'PLAN' as const,
          pillar,
          title: `${pillar} plan`,
          status: 'COMPLETED' as const,
          url: 'https://example.gov/plan.pdf',
          adoptedAt: verifiedAt,
        })),
      },
    },
  })
}

/** A member with an approved Compact of Mayors commitment made `daysAgo` days before `now`. */
export async function compactMember(now: Date, daysAgo: number, state = 'CO') {
  const decidedAt = new Date(now.getTime() - daysAgo * 86_400_000)
  const municipality = await memberMunicipality(db, { memberSince: decidedAt, state })
  await approvedPledge(db, { campaign: 'compact-of-mayors', municipalityId: municipality.id, decidedAt })
  return municipality
}

export { activeTarget, approvedPledge, memberMunicipality }
