import { describe, expect, it } from 'vitest'
import { aggregateEmissions, heldPathValue, memberTrajectory } from '@/lib/domain/network-progress'
import type { TargetPathInput } from '@/lib/domain/target-path'

const target = (o: Partial<TargetPathInput> & { sectorsCovered?: string[] }) => ({
  type: 'BASE_YEAR_ABSOLUTE' as const,
  baseYear: 2010,
  baseYearEmissions: 1000,
  targetYear: 2020,
  reductionPercent: 50,
  targetEmissions: null,
  baseIntensity: null,
  baseActivity: null,
  targetActivity: null,
  bauEmissions: null,
  netZero: false,
  sectorsCovered: [] as string[],
  ...o,
})
const entries = (figures: Record<string, number | null>) =>
  Object.entries(figures).map(([sector, emissions]) => ({
    sector,
    emissions,
    notationKey: emissions === null ? 'NE' : null,
  }))

describe('memberTrajectory', () => {
  it('charts the first target with a path, as the profile does, and skips targets without one', () => {
    const t = memberTrajectory({
      targets: [
        target({ type: 'FIXED_LEVEL', baseYear: null, targetEmissions: null }),
        target({ targetYear: 2030 }),
      ],
      reports: [],
    })
    expect(t?.path).toEqual({
      startYear: 2010,
      startEmissions: 1000,
      targetYear: 2030,
      targetEmissions: 500,
      netZero: false,
    })
  })

  it('sums inventories over the covered sectors only and leaves out years without a figure', () => {
    const t = memberTrajectory({
      targets: [target({ sectorsCovered: ['STATIONARY_ENERGY'] })],
      reports: [
        { year: 2015, entries: entries({ STATIONARY_ENERGY: 700, WASTE: 90 }) },
        { year: 2016, entries: entries({ STATIONARY_ENERGY: null, WASTE: 80 }) },
      ],
    })
    expect(t?.inventories).toEqual([{ year: 2015, total: 700, bySector: { STATIONARY_ENERGY: 700 } }])
    expect(t?.progress).toMatchObject({ latestYear: 2015, latestTotal: 700, onTrack: true })
  })

  it('starts a fixed-level target without a base year at its first inventory', () => {
    const t = memberTrajectory({
      targets: [
        target({ type: 'FIXED_LEVEL', baseYear: null, baseYearEmissions: null, targetEmissions: 100 }),
      ],
      reports: [{ year: 2014, entries: entries({ WASTE: 400 }) }],
    })
    expect(t?.path).toMatchObject({ startYear: 2014, startEmissions: 400, targetEmissions: 100 })
  })

  it('is null when no target has a path', () => {
    expect(memberTrajectory({ targets: [target({ baseYearEmissions: null })], reports: [] })).toBeNull()
  })
})

describe('aggregateEmissions', () => {
  it('holds each path before its start and after its target year, so every year sums the same members', () => {
    const path = {
      startYear: 2012,
      startEmissions: 100,
      targetYear: 2014,
      targetEmissions: 50,
      netZero: false,
    }
    expect([2010, 2012, 2013, 2014, 2050].map((y) => heldPathValue(path, y))).toEqual([100, 100, 75, 50, 50])
    const progress = memberTrajectory({ targets: [target({})], reports: [] })!.progress
    const years = aggregateEmissions(
      [
        { path, progress, inventories: [] },
        {
          path: { ...path, startYear: 2010, targetYear: 2012 },
          progress,
          inventories: [{ year: 2011, total: 60, bySector: { WASTE: 60 } }],
        },
      ],
      2014,
    )
    expect(years.map((y) => [y.year, y.targetPath, y.verified, y.reportingPath])).toEqual([
      [2010, 200, null, null],
      [2011, 175, 60, 75],
      [2012, 150, null, null],
      [2013, 125, null, null],
      [2014, 100, null, null],
    ])
  })
})

describe('aggregateEmissions at the size of a large network', () => {
  it('adds up 150,000 members without running out of stack (no Math.min over one argument per member)', () => {
    const one = memberTrajectory({
      targets: [target({ baseYear: 2015, targetYear: 2030 })],
      reports: [{ year: 2020, entries: entries({ STATIONARY_ENERGY: 800 }) }],
    })!
    const many = Array.from({ length: 150_000 }, () => one)
    const years = aggregateEmissions(many, 2030)
    expect(years[0]?.year).toBe(2015)
    expect(years.at(-1)?.year).toBe(2030)
    expect(years.find((y) => y.year === 2015)?.targetPath).toBe(150_000 * 1000)
  })
})
