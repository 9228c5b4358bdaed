import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { getMemberProfile } from '@/server/municipalities/get-member-profile'
import { directoryCampaigns, place } from './fixtures'

async function report(
  municipalityId: string,
  accountingYear: number,
  status: 'VERIFIED' | 'SUBMITTED',
  energy: number,
) {
  return db.progressReport.create({
    data: {
      municipalityId,
      accountingYear,
      status,
      verifiedAt: status === 'VERIFIED' ? new Date(Date.UTC(accountingYear + 1, 2, 1)) : null,
      inventory: {
        create: [
          { sector: 'STATIONARY_ENERGY', scope: 1, emissions: energy },
          { sector: 'STATIONARY_ENERGY', scope: 2, emissions: 100 },
          { sector: 'TRANSPORTATION', scope: 1, emissions: 400 },
          { sector: 'IPPU', scope: 1, notationKey: 'NO' },
        ],
      },
      actions: {
        create: [
          {
            kind: 'PLAN',
            pillar: 'MITIGATION',
            title: 'Climate plan',
            status: accountingYear < 2021 ? 'PLANNED' : 'COMPLETED',
          },
          { kind: 'ACTION', pillar: 'ADAPTATION', title: `Action ${accountingYear}`, status: 'IN_PROGRESS' },
        ],
      },
      hazards: {
        create: [
          {
            hazard: status === 'VERIFIED' ? 'WILDFIRE' : 'DROUGHT',
            riskLevel: 'HIGH',
            expectedImpact: `Impact ${accountingYear}`,
            vulnerableGroups: 'Older adults',
          },
        ],
      },
    },
  })
}

async function solution(slug: string, hazard: string, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') {
  return db.solution.create({
    data: {
      slug,
      title: slug,
      summary: 'Summary',
      body: 'Body',
      searchText: slug,
      costBand: 'LOW',
      coBenefits: '',
      status,
      hazards: { create: { hazard } },
    },
  })
}

beforeAll(async () => {
  await truncateAll()
  const { com } = await directoryCampaigns()
  const town = await place({ name: 'Boulder', state: 'CO', pledges: [{ campaign: com }] })
  await place({ name: 'Nowhere', state: 'KS', isMember: false })
  await report(town.id, 2019, 'VERIFIED', 1_500)
  await report(town.id, 2021, 'VERIFIED', 1_000)
  await report(town.id, 2023, 'SUBMITTED', 10)
  await db.target.create({
    data: {
      municipalityId: town.id,
      type: 'BASE_YEAR_ABSOLUTE',
      sectorsCovered: 'STATIONARY_ENERGY,TRANSPORTATION',
      gasesCovered: 'CO2',
      baseYear: 2019,
      baseYearEmissions: 2_000,
      targetYear: 2029,
      reductionPercent: 50,
    },
  })
  const done = await solution('firebreaks', 'WILDFIRE')
  await db.solutionImplementation.create({
    data: { solutionId: done.id, municipalityId: town.id, year: 2020 },
  })
  await solution('defensible-space', 'WILDFIRE')
  await solution('draft-idea', 'WILDFIRE', 'DRAFT')
  await solution('drought-gardens', 'DROUGHT')
})

afterAll(truncateAll)

describe('getMemberProfile', () => {
  test('is null for an unknown slug and for a place that is not a member', async () => {
    expect(await getMemberProfile({ slug: 'no-such-place' })).toBeNull()
    expect(await getMemberProfile({ slug: 'nowhere-ks' })).toBeNull()
  })

  test('emissions come from verified reports only, summed by sector over scopes', async () => {
    const profile = await getMemberProfile({ slug: 'boulder-co' })
    expect(profile?.emissions).toEqual({
      sectors: ['STATIONARY_ENERGY', 'TRANSPORTATION'],
      years: [
        {
          year: 2019,
          bySector: expect.objectContaining({ STATIONARY_ENERGY: 1_600, TRANSPORTATION: 400, IPPU: null }),
          total: 2_000,
        },
        {
          year: 2021,
          bySector: expect.objectContaining({ STATIONARY_ENERGY: 1_100, TRANSPORTATION: 400 }),
          total: 1_500,
        },
      ],
    })
  })

  test('the target path runs to the target year and progress uses the latest verified inventory', async () => {
    const [target] = (await getMemberProfile({ slug: 'boulder-co' }))!.targets
    expect(target?.progress).toMatchObject({
      latestYear: 2021,
      latestTotal: 1_500,
      pathValueAtLatest: 1_800,
      onTrack: true,
    })
    expect(target?.progress.percentAchieved).toBeCloseTo(50)
    expect(target?.progress.points.at(-1)).toEqual({ year: 2029, value: 1_000 })
  })

  test('hazards from the latest verified report; solutions for them exclude drafts and ones already done', async () => {
    const profile = (await getMemberProfile({ slug: 'boulder-co' }))!
    expect(profile.hazards).toEqual({
      year: 2021,
      items: [
        expect.objectContaining({ hazard: 'WILDFIRE', label: 'Wildfire', expectedImpact: 'Impact 2021' }),
      ],
    })
    expect(profile.implementedSolutions).toEqual([{ slug: 'firebreaks', title: 'firebreaks', year: 2020 }])
    expect(profile.suggestedSolutions.map((s) => s.slug)).toEqual(['defensible-space'])
  })

  test('plans and actions gather verified reports, each shown as last reported', async () => {
    const { actions } = (await getMemberProfile({ slug: 'boulder-co' }))!
    expect(actions.map((a) => [a.title, a.status, a.reportYear])).toEqual([
      ['Climate plan', 'COMPLETED', 2021],
      ['Action 2019', 'IN_PROGRESS', 2019],
      ['Action 2021', 'IN_PROGRESS', 2021],
    ])
  })

  test('facts, campaigns and compliance are plain data with ISO dates', async () => {
    const profile = (await getMemberProfile({ slug: 'boulder-co' }))!
    expect(profile).toMatchObject({
      name: 'Boulder',
      stateName: 'Colorado',
      memberSince: '2015-01-01T00:00:00.000Z',
    })
    expect(profile.campaigns).toEqual([
      expect.objectContaining({ slug: 'compact-of-mayors', pledgeTextVersion: 1 }),
    ])
    expect(profile.compliance.commitmentDate).toBe('2015-01-01T00:00:00.000Z')
    expect(profile.compliance.stages.map((s) => s.key)).toContain('inventory')
  })
})
