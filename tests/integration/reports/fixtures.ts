// Reports tests: a Compact member with a confirmed official, staff, and a session the guards believe.
import { vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { approvedPledge, confirmedOfficial, staffUser, suffix } from '../../fixtures/factories'
import { AppError } from '@/server/errors'
import type { ReportValues } from '@/schemas/reports'

export { signInAs }

/** A member of the Compact of Mayors (approved `daysAgo` days ago) with one confirmed official. */
export async function compactMember(o: { commitmentDate?: Date } = {}) {
  const pledge = await approvedPledge(db, {
    decidedAt: o.commitmentDate ?? new Date(Date.now() - 100 * 86_400_000),
  })
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: pledge.municipalityId } })
  const { official } = await confirmedOfficial(db, {
    municipalityId: municipality.id,
    email: `official-${suffix()}@city.gov`,
    name: 'Olive Official',
  })
  return { municipality, official, pledge }
}

export const moderator = () => staffUser(db, 'MODERATOR')

// A domain function refuses with an AppError; a server action answers "nothing here" with Next's notFound().
export const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) =>
      e instanceof AppError
        ? e.code
        : (e as { digest?: string }).digest === 'NEXT_HTTP_ERROR_FALLBACK;404'
          ? 'NOT_FOUND'
          : String(e),
  )

/** Form values of a complete BASIC report. */
export function completeBasicValues(): ReportValues {
  return {
    reportingLevel: 'BASIC',
    inventoryBoundary: 'City limits',
    inventory: {
      'inv-STATIONARY_ENERGY-1': '120000',
      'inv-STATIONARY_ENERGY-2': '80000',
      'inv-TRANSPORTATION-1': '95000',
      'inv-TRANSPORTATION-2': 'NO',
      'inv-WASTE-1': '12000',
      'inv-WASTE-3': 'IE',
    },
    hazards: [
      {
        hazard: 'EXTREME_HEAT',
        riskLevel: 'HIGH',
        expectedImpact: 'Heat illness',
        vulnerableGroups: 'Older adults',
      },
    ],
    vulnerabilityAssessmentUrl: '',
    vulnerabilityAssessedAt: '',
    adaptationGoal: '',
    actions: [
      {
        kind: 'PLAN',
        pillar: 'MITIGATION',
        sector: 'ENERGY',
        title: 'Climate action plan',
        status: 'COMPLETED',
        url: 'https://www.example.gov/cap',
        adoptedAt: '2024-05-01',
      },
    ],
  }
}

export { vi }
