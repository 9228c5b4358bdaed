import { describe, expect, it } from 'vitest'
import {
  assessTargetProgress,
  buildTargetPath,
  pathValue,
  sumInventory,
  targetYearEmissions,
  type InventoryTotal,
  type TargetPathInput,
} from '@/lib/domain/target-path'

function target(over: Partial<TargetPathInput>): TargetPathInput {
  return {
    type: 'BASE_YEAR_ABSOLUTE',
    baseYear: null,
    baseYearEmissions: null,
    targetYear: 2030,
    reductionPercent: null,
    targetEmissions: null,
    baseIntensity: null,
    baseActivity: null,
    targetActivity: null,
    bauEmissions: null,
    netZero: false,
    ...over,
  }
}

const absolute = target({ baseYear: 2010, baseYearEmissions: 1_000_000, reductionPercent: 40 })
const inventories: InventoryTotal[] = [
  { year: 2012, total: 950_000 },
  { year: 2015, total: 900_000 },
  { year: 2019, total: null },
]

describe('buildTargetPath: each target type becomes a line from start to target', () => {
  it.each<[string, TargetPathInput, InventoryTotal[], [number, number, number, number]]>([
    ['base-year absolute', absolute, [], [2010, 1_000_000, 2030, 600_000]],
    [
      'base-year intensity (intensity x projected activity)',
      target({
        type: 'BASE_YEAR_INTENSITY',
        baseYear: 2010,
        baseIntensity: 10,
        baseActivity: 100_000,
        targetActivity: 120_000,
        reductionPercent: 50,
      }),
      [],
      [2010, 1_000_000, 2030, 600_000],
    ],
    [
      'base-year intensity derived from base emissions and activity',
      target({
        type: 'BASE_YEAR_INTENSITY',
        baseYear: 2010,
        baseYearEmissions: 800_000,
        baseActivity: 100_000,
        targetActivity: 150_000,
        reductionPercent: 25,
      }),
      [],
      [2010, 800_000, 2030, 900_000],
    ],
    [
      'fixed level without a base year starts at the first inventory',
      target({ type: 'FIXED_LEVEL', targetEmissions: 300_000 }),
      inventories,
      [2012, 950_000, 2030, 300_000],
    ],
    [
      'fixed level with a base year takes that year from the inventories',
      target({ type: 'FIXED_LEVEL', baseYear: 2015, targetEmissions: 300_000 }),
      inventories,
      [2015, 900_000, 2030, 300_000],
    ],
    [
      'baseline scenario: a cut from the business-as-usual projection',
      target({
        type: 'BASELINE_SCENARIO',
        baseYear: 2015,
        baseYearEmissions: 1_000_000,
        bauEmissions: 1_200_000,
        reductionPercent: 30,
      }),
      [],
      [2015, 1_000_000, 2030, 840_000],
    ],
    [
      'baseline scenario without a base year starts at the first inventory',
      target({ type: 'BASELINE_SCENARIO', bauEmissions: 1_000_000, reductionPercent: 50 }),
      inventories,
      [2012, 950_000, 2030, 500_000],
    ],
  ])('%s', (_label, t, inv, [startYear, startEmissions, targetYear, targetEmissions]) => {
    expect(buildTargetPath(t, inv)).toEqual({
      startYear,
      startEmissions,
      targetYear,
      targetEmissions,
      netZero: false,
    })
  })

  it.each<[string, TargetPathInput]>([
    [
      'absolute without base-year emissions or an inventory',
      target({ baseYear: 2010, reductionPercent: 40 }),
    ],
    ['absolute without a base year', target({ baseYearEmissions: 1_000_000, reductionPercent: 40 })],
    [
      'intensity without projected activity',
      target({
        type: 'BASE_YEAR_INTENSITY',
        baseYear: 2010,
        baseIntensity: 10,
        baseActivity: 1,
        reductionPercent: 50,
      }),
    ],
    ['fixed level without a level', target({ type: 'FIXED_LEVEL', baseYear: 2010, baseYearEmissions: 5 })],
    [
      'baseline scenario without a projection',
      target({ type: 'BASELINE_SCENARIO', baseYear: 2010, baseYearEmissions: 5, reductionPercent: 10 }),
    ],
    [
      'fixed level without a base year or an inventory',
      target({ type: 'FIXED_LEVEL', targetEmissions: 100 }),
    ],
    [
      'a start after the target year',
      target({ baseYear: 2035, baseYearEmissions: 10, reductionPercent: 10 }),
    ],
  ])('no path for %s', (_label, t) => {
    expect(buildTargetPath(t, [])).toBeNull()
  })

  it.each<[string, TargetPathInput]>([
    ['the net-zero flag', target({ ...absolute, netZero: true })],
    [
      'a fixed level of zero',
      target({ type: 'FIXED_LEVEL', baseYear: 2010, baseYearEmissions: 10, targetEmissions: 0 }),
    ],
  ])('%s makes a net-zero path ending at 0 tCO2e', (_label, t) => {
    expect(targetYearEmissions(t)).toBe(0)
    expect(buildTargetPath(t, [])).toMatchObject({ targetEmissions: 0, netZero: true })
  })
})

describe('pathValue', () => {
  const path = buildTargetPath(absolute)!
  it.each([
    [2009, null],
    [2010, 1_000_000],
    [2020, 800_000],
    [2025, 700_000],
    [2030, 600_000],
    [2040, 600_000],
  ])('in %i is %s', (year, value) => {
    expect(pathValue(path, year)).toBe(value)
  })
})

describe('assessTargetProgress', () => {
  it.each([
    ['below the path', 780_000, 55, true],
    ['exactly on the path', 800_000, 50, true],
    ['one tonne above the path', 800_001, 49.99975, false],
    ['above the base year', 1_100_000, -25, false],
  ])('latest inventory %s in 2020', (_label, total, percent, onTrack) => {
    const progress = assessTargetProgress({
      target: absolute,
      inventories: [
        { year: 2015, total: 1 },
        { year: 2020, total },
      ],
    })
    expect(progress.latestYear).toBe(2020)
    expect(progress.pathValueAtLatest).toBe(800_000)
    expect(progress.reductionRequired).toBe(400_000)
    expect(progress.percentAchieved).toBeCloseTo(percent, 6)
    expect(progress.onTrack).toBe(onTrack)
  })

  it('skips years without a total and uses the latest year that has one', () => {
    const progress = assessTargetProgress({ target: absolute, inventories })
    expect([progress.latestYear, progress.latestTotal]).toEqual([2015, 900_000])
    expect(progress.percentAchieved).toBeCloseTo(25, 9)
  })

  it('without any inventory: the path, and null (not NaN) for everything measured', () => {
    const progress = assessTargetProgress({ target: absolute, inventories: [] })
    expect(progress).toMatchObject({
      latestYear: null,
      latestTotal: null,
      percentAchieved: null,
      onTrack: null,
    })
    expect(progress.points).toHaveLength(21)
    expect(progress.points[10]).toEqual({ year: 2020, value: 800_000 })
  })

  it('without a path: no points and null results, even with inventories', () => {
    const progress = assessTargetProgress({ target: target({ baseYear: 2010 }), inventories })
    expect(progress).toMatchObject({
      path: null,
      points: [],
      percentAchieved: null,
      onTrack: null,
      latestTotal: 900_000,
    })
    expect(JSON.stringify(progress)).not.toContain('NaN')
  })

  it('an inventory from before the path starts is not judged', () => {
    const t = target({
      type: 'FIXED_LEVEL',
      baseYear: 2015,
      baseYearEmissions: 900_000,
      targetEmissions: 300_000,
    })
    expect(assessTargetProgress({ target: t, inventories: [{ year: 2012, total: 2 }] }).onTrack).toBeNull()
  })

  it('a baseline scenario that allows growth has no "% achieved" but can be on track', () => {
    const t = target({
      type: 'BASELINE_SCENARIO',
      baseYear: 2015,
      baseYearEmissions: 1_000,
      bauEmissions: 2_000,
      reductionPercent: 25,
    })
    const progress = assessTargetProgress({ target: t, inventories: [{ year: 2030, total: 1_400 }] })
    expect(progress).toMatchObject({ percentAchieved: null, onTrack: true, pathValueAtLatest: 1_500 })
  })
})

describe('sumInventory', () => {
  const entries = [
    { sector: 'STATIONARY_ENERGY', emissions: 1_000.5, notationKey: null },
    { sector: 'STATIONARY_ENERGY', emissions: 200, notationKey: null },
    { sector: 'TRANSPORTATION', emissions: 700, notationKey: null },
    { sector: 'WASTE', emissions: null, notationKey: 'NO' },
    { sector: 'IPPU', emissions: null, notationKey: 'IE' },
  ]
  it.each([
    ['figures, with not-occurring and included-elsewhere keys', entries, undefined, 1_900.5, false],
    [
      'a not-estimated sector',
      [...entries, { sector: 'AFOLU', emissions: null, notationKey: 'NE' }],
      undefined,
      1_900.5,
      true,
    ],
    [
      'a confidential sector',
      [...entries, { sector: 'AFOLU', emissions: null, notationKey: 'C' }],
      undefined,
      1_900.5,
      true,
    ],
    [
      'an empty row',
      [...entries, { sector: 'AFOLU', emissions: null, notationKey: null }],
      undefined,
      1_900.5,
      true,
    ],
    ['only the target sectors', entries, ['TRANSPORTATION', 'WASTE'], 700, false],
    ['no entries', [], undefined, null, false],
    ['only notation keys', [{ sector: 'WASTE', emissions: null, notationKey: 'NE' }], undefined, null, true],
  ])('%s', (_label, list, sectors, total, missingFigures) => {
    expect(sumInventory(list, { sectors })).toEqual({ total, missingFigures })
  })
})
