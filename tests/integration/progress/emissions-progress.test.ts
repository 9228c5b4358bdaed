import { beforeEach, describe, expect, it } from 'vitest'
import { truncateAll } from '../../helpers/db'
import { getEmissionsProgress } from '@/server/progress/get-emissions-progress'
import { activeTarget, db, memberMunicipality, reportWithInventory } from './fixtures'
import { referencePlace } from '../../fixtures/factories'

beforeEach(async () => {
  await truncateAll()
})

const covered = 'STATIONARY_ENERGY,TRANSPORTATION'

/**
 * A: base-year target 1,000 t in 2015, -50% by 2025 (path falls 50 t a year); verified 2020 (waste not covered).
 * B: fixed level 2,000 t in 2015 to 1,000 t in 2035 (50 t a year); verified 2020 and 2022.
 * Left out: a member without a target, a non-member with one, a replaced target, a target without figures.
 */
async function network() {
  const a = await memberMunicipality(db)
  await activeTarget(db, 'BASE_YEAR_ABSOLUTE', {
    municipalityId: a.id,
    sectorsCovered: covered,
    baseYear: 2015,
    baseYearEmissions: 1000,
    targetYear: 2025,
    reductionPercent: 50,
  })
  await reportWithInventory(a.id, 2020, { STATIONARY_ENERGY: 600, TRANSPORTATION: 200, WASTE: 100 })
  await reportWithInventory(a.id, 2021, { STATIONARY_ENERGY: 50, TRANSPORTATION: 50 }, 'SUBMITTED')

  const b = await memberMunicipality(db)
  await activeTarget(db, 'FIXED_LEVEL', {
    municipalityId: b.id,
    sectorsCovered: covered,
    baseYear: 2015,
    baseYearEmissions: 2000,
    targetYear: 2035,
    targetEmissions: 1000,
    netZero: false,
  })
  await reportWithInventory(b.id, 2020, { STATIONARY_ENERGY: 1000, TRANSPORTATION: 500 })
  await reportWithInventory(b.id, 2022, { STATIONARY_ENERGY: 900, TRANSPORTATION: 500 })
  await reportWithInventory(b.id, 2023, { STATIONARY_ENERGY: 1, TRANSPORTATION: 1 }, 'RETURNED')

  const noTarget = await memberMunicipality(db)
  await reportWithInventory(noTarget.id, 2020, { STATIONARY_ENERGY: 5000 })

  const former = await referencePlace(db)
  await activeTarget(db, 'BASE_YEAR_ABSOLUTE', {
    municipalityId: former.id,
    baseYear: 2015,
    baseYearEmissions: 9000,
  })
  await reportWithInventory(former.id, 2020, { STATIONARY_ENERGY: 9000 })

  const replaced = await memberMunicipality(db)
  await activeTarget(db, 'BASE_YEAR_ABSOLUTE', {
    municipalityId: replaced.id,
    status: 'REPLACED',
    activeKey: null,
  })

  const withoutFigures = await memberMunicipality(db)
  await activeTarget(db, 'BASELINE_SCENARIO', {
    municipalityId: withoutFigures.id,
    bauEmissions: null,
    targetEmissions: null,
  })
}

describe('getEmissionsProgress', () => {
  it('sums verified inventories and target paths over members with targets only', async () => {
    await network()
    const progress = await getEmissionsProgress()
    expect(progress.membersWithTargets).toBe(3)
    expect(progress.membersWithPaths).toBe(2)
    expect(progress.years.at(0)?.year).toBe(2015)
    expect(progress.years.at(-1)?.year).toBe(2050)
    const year = (y: number) => progress.years.find((r) => r.year === y)
    expect(year(2015)).toMatchObject({ targetPath: 3000, reporting: 0, verified: null, reportingPath: null })
    expect(year(2020)).toEqual({
      year: 2020,
      targetPath: 750 + 1750,
      reporting: 2,
      verified: 800 + 1500,
      reportingPath: 750 + 1750,
      bySector: { STATIONARY_ENERGY: 1600, TRANSPORTATION: 700 },
    })
    expect(year(2021)).toMatchObject({ reporting: 0, verified: null })
    expect(year(2022)).toMatchObject({
      targetPath: 650 + 1650,
      reporting: 1,
      verified: 1400,
      reportingPath: 1650,
    })
    // A is held at its 2025 level; B reaches its level in 2035 and stays there.
    expect(year(2030)?.targetPath).toBe(500 + 1250)
    expect(year(2050)?.targetPath).toBe(500 + 1000)
  })

  it('projects current targets to 2030 and 2050, held at their level after their target year', async () => {
    await network()
    const { projections } = await getEmissionsProgress()
    expect(projections.members).toBe(2)
    expect(projections.startTotal).toBe(3000)
    expect(projections.netZero).toBe(0)
    expect(projections.years).toEqual([
      { year: 2030, emissions: 1750, reductionPercent: (1250 / 3000) * 100, targetsReached: 1 },
      { year: 2050, emissions: 1500, reductionPercent: 50, targetsReached: 2 },
    ])
  })

  it('compares base years with the latest verified inventory of members that have both', async () => {
    await network()
    // A member whose only verified inventory is its base year has nothing to compare yet.
    const baseOnly = await memberMunicipality(db)
    await activeTarget(db, 'BASE_YEAR_ABSOLUTE', {
      municipalityId: baseOnly.id,
      sectorsCovered: covered,
      baseYear: 2019,
      baseYearEmissions: 700,
      targetYear: 2030,
      reductionPercent: 30,
    })
    await reportWithInventory(baseOnly.id, 2019, { STATIONARY_ENERGY: 700 })
    const { reductions } = await getEmissionsProgress()
    expect(reductions).toEqual({
      members: 2,
      baseTotal: 3000,
      latestTotal: 800 + 1400,
      reduction: 800,
      reductionPercent: (800 / 3000) * 100,
      // A (800 t in 2020 against 750 on its path) is not on track; B (1,400 against 1,650) is.
      onTrack: 1,
    })
  })

  it('draws nothing when no member has a target', async () => {
    const m = await memberMunicipality(db)
    await reportWithInventory(m.id, 2020, { STATIONARY_ENERGY: 100 })
    const progress = await getEmissionsProgress()
    expect(progress).toMatchObject({ membersWithTargets: 0, membersWithPaths: 0, years: [] })
    expect(progress.reductions).toMatchObject({ members: 0, reduction: 0, reductionPercent: null })
  })
})
