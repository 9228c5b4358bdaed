// The public target calculator, from its address to its year-by-year figures: the query is read with the
// portal's target rules, and the path is the one member profiles draw (target-path.ts).
import { describe, expect, it } from 'vitest'
import { calculateTargetPath } from '@/lib/domain/target-calculator'
import {
  calculatorHref,
  calculatorHrefFromTargetForm,
  isInvalidCalculatorQuery,
  parseCalculatorQuery,
} from '@/schemas/target-calculator'
import { emissionsChartSvg } from '@/components/charts/emissions-chart-svg'

const NOW = new Date('2026-06-01T00:00:00Z')
const parse = (query: string) => parseCalculatorQuery(new URLSearchParams(query), NOW)

/** The path's tCO2e by year for a query, rounded to the tonne, through parsing and computation. */
function pathOf(query: string, inventories: { year: number; total: number | null }[] = []) {
  const parsed = parse(query)
  expect(parsed.fieldErrors).toEqual({})
  const result = calculateTargetPath({ target: parsed.target!, inventories })
  return Object.fromEntries(result.rows.map((r) => [r.year, r.path === null ? null : Math.round(r.path)]))
}

describe('the calculator draws every target type year by year', () => {
  it('base-year absolute: a straight cut from the base year’s emissions', () => {
    const path = pathOf(
      'type=BASE_YEAR_ABSOLUTE&baseYear=2015&baseYearEmissions=250,000&targetYear=2030&reductionPercent=40',
    )
    expect(Object.keys(path)).toHaveLength(16)
    expect(path[2015]).toBe(250_000)
    expect(path[2020]).toBe(216_667)
    expect(path[2030]).toBe(150_000)
  })

  it('base-year intensity: the cut intensity times the projected activity', () => {
    const path = pathOf(
      'type=BASE_YEAR_INTENSITY&baseYear=2010&intensityUnit=tCO2e+per+resident&baseIntensity=10' +
        '&baseActivity=100000&targetActivity=120000&reductionPercent=50&targetYear=2030',
    )
    expect(path[2010]).toBe(1_000_000) // 10 t x 100,000 residents
    expect(path[2030]).toBe(600_000) // 5 t x 120,000 residents
    expect(path[2020]).toBe(800_000)
  })

  it('fixed level: from the base year’s emissions to the level set; net zero ends at 0', () => {
    const path = pathOf(
      'type=FIXED_LEVEL&baseYear=2018&baseYearEmissions=90000&targetEmissions=30000&targetYear=2024',
    )
    expect(path).toEqual({
      2018: 90_000,
      2019: 80_000,
      2020: 70_000,
      2021: 60_000,
      2022: 50_000,
      2023: 40_000,
      2024: 30_000,
    })
    const zero = pathOf('type=FIXED_LEVEL&baseYear=2020&baseYearEmissions=50000&targetYear=2050&netZero=on')
    expect(zero[2050]).toBe(0)
    expect(zero[2035]).toBe(25_000)
  })

  it('baseline scenario: a cut below the business-as-usual projection for the target year', () => {
    const path = pathOf(
      'type=BASELINE_SCENARIO&baseYear=2020&baseYearEmissions=400000&bauEmissions=500000&reductionPercent=30&targetYear=2030',
    )
    expect(path[2020]).toBe(400_000)
    expect(path[2030]).toBe(350_000)
  })

  it('a fixed-level path without a base year starts at the member’s first verified inventory', () => {
    const parsed = parse('type=FIXED_LEVEL&targetEmissions=10000&targetYear=2030&member=springfield-il')
    expect(parsed.fieldErrors).toEqual({})
    const result = calculateTargetPath({
      target: parsed.target!,
      inventories: [
        { year: 2022, total: 18_000 },
        { year: 2020, total: 20_000 },
        { year: 2021, total: null },
      ],
    })
    expect(result.progress.path).toMatchObject({ startYear: 2020, startEmissions: 20_000 })
    const y2022 = result.rows.find((r) => r.year === 2022)!
    expect(y2022.inventory).toBe(18_000)
    expect(y2022.path).toBeCloseTo(18_000)
    expect(result.inventories).toEqual([
      { year: 2020, value: 20_000 },
      { year: 2022, value: 18_000 },
    ])
  })
})

describe('a member’s verified inventories beside the path', () => {
  it('each inventory year gets a row with the difference from the path, even outside the path’s years', () => {
    const parsed = parse(
      'type=BASE_YEAR_ABSOLUTE&baseYear=2015&baseYearEmissions=100000&targetYear=2025&reductionPercent=50&member=x',
    )
    const result = calculateTargetPath({
      target: parsed.target!,
      inventories: [
        { year: 2012, total: 110_000 },
        { year: 2020, total: 80_000 },
      ],
    })
    const row = (year: number) => result.rows.find((r) => r.year === year)!
    expect(row(2012)).toMatchObject({ path: null, inventory: 110_000, difference: null })
    expect(row(2020)).toMatchObject({ path: 75_000, inventory: 80_000, difference: 5_000, cutPercent: 25 })
    expect(result.rows.map((r) => r.year)).toEqual([2012, ...Array.from({ length: 11 }, (_, i) => 2015 + i)])
    expect(result.progress.onTrack).toBe(false)
    expect(Math.round(result.progress.percentAchieved!)).toBe(40)
  })
})

describe('bad input becomes a message at its field', () => {
  it.each([
    [
      'type=BASE_YEAR_ABSOLUTE&baseYear=2015&baseYearEmissions=&targetYear=2030&reductionPercent=40',
      'baseYearEmissions',
      'Enter the base year’s emissions',
    ],
    [
      'type=BASE_YEAR_ABSOLUTE&baseYear=2015&baseYearEmissions=1000&targetYear=2010&reductionPercent=40',
      'targetYear',
      'The target year must be after the base year',
    ],
    [
      'type=BASE_YEAR_ABSOLUTE&baseYear=2015&baseYearEmissions=1000&targetYear=2030&reductionPercent=140',
      'reductionPercent',
      'The reduction must be between 0 and 100 %',
    ],
    [
      'type=BASE_YEAR_ABSOLUTE&baseYear=twenty&baseYearEmissions=1000&targetYear=2030&reductionPercent=40',
      'baseYear',
      'Enter the base year as a year, like 2015',
    ],
    [
      'type=BASE_YEAR_INTENSITY&baseYear=2015&baseIntensity=2&baseActivity=10&targetActivity=12&targetYear=2030&reductionPercent=40',
      'intensityUnit',
      'Enter the unit, like tCO2e per resident',
    ],
    [
      'type=BASELINE_SCENARIO&baseYear=2015&baseYearEmissions=10&targetYear=2030&reductionPercent=40',
      'bauEmissions',
      'Enter the business-as-usual emissions in the target year',
    ],
    [
      'type=FIXED_LEVEL&targetEmissions=10&targetYear=2030',
      'baseYear',
      'Enter the base year and its emissions, or compare with a member to start at its first verified inventory',
    ],
    [
      'type=FIXED_LEVEL&baseYear=2015&baseYearEmissions=10&targetEmissions=5&targetYear=2030&q=x',
      'q',
      'Enter at least 2 letters of the member’s name',
    ],
    ['step=type', 'type', 'Select the type of target'],
    ['type=NOT_A_TYPE&targetYear=2030', 'type', 'Select the type of target'],
  ])('%s', (query, field, message) => {
    const parsed = parse(query)
    expect(parsed.fieldErrors[field as keyof typeof parsed.fieldErrors]).toBe(message)
    expect(parsed.target).toBeNull()
    expect(isInvalidCalculatorQuery(parsed)).toBe(true)
  })

  it('choosing a type alone, or a member alone, asks for nothing yet', () => {
    for (const query of [
      'type=FIXED_LEVEL',
      'member=springfield-il',
      '',
      'type=BASE_YEAR_ABSOLUTE&member=a-b',
    ]) {
      const parsed = parse(query)
      expect(parsed.fieldErrors).toEqual({})
      expect(parsed.submitted).toBe(false)
      expect(isInvalidCalculatorQuery(parsed)).toBe(false)
    }
  })

  it('a member address of the wrong shape is ignored; words to find one are kept', () => {
    expect(parse('member=../admin').member).toBeNull()
    expect(parse('q=%20Spring%20').memberQuery).toBe('Spring')
    expect(parse('q=Spring&member=springfield-il').memberQuery).toBeNull()
  })
})

describe('calculator addresses', () => {
  it('carry the values in the form’s order, empty ones left out', () => {
    expect(calculatorHref({ member: 'x', type: 'FIXED_LEVEL', baseYear: '' })).toBe(
      '/tools/target-calculator?type=FIXED_LEVEL&member=x',
    )
    expect(calculatorHref({})).toBe('/tools/target-calculator')
  })

  it('the portal’s link sends its type’s figures and the member, and reads back to the same target', () => {
    const href = calculatorHrefFromTargetForm(
      {
        type: 'BASELINE_SCENARIO',
        sectorsCovered: ['STATIONARY_ENERGY'],
        baseYear: '2019',
        baseYearEmissions: '120000',
        bauEmissions: '150000',
        reductionPercent: '20',
        targetYear: '2035',
        baseIntensity: '7', // not a figure of this type: left out
        adoptedAt: '2024-01-01',
      },
      'springfield-il',
    )
    const url = new URL(href, 'http://x')
    expect(url.pathname).toBe('/tools/target-calculator')
    expect(url.searchParams.get('baseIntensity')).toBeNull()
    expect(url.searchParams.get('adoptedAt')).toBeNull()
    const parsed = parseCalculatorQuery(url.searchParams, NOW)
    expect(parsed.member).toBe('springfield-il')
    expect(calculateTargetPath({ target: parsed.target! }).progress.path).toMatchObject({
      startYear: 2019,
      startEmissions: 120_000,
      targetYear: 2035,
      targetEmissions: 120_000,
    })
  })

  it('a new target’s empty form opens the empty calculator form for its type, without messages', () => {
    const href = calculatorHrefFromTargetForm(
      { type: 'FIXED_LEVEL', sectorsCovered: [], gasesCovered: ['CO2'] },
      'm',
    )
    expect(href).toBe('/tools/target-calculator?type=FIXED_LEVEL&member=m')
    expect(parseCalculatorQuery(new URL(href, 'http://x').searchParams, NOW).fieldErrors).toEqual({})
  })
})

describe('the calculator chart', () => {
  it('draws the path as a dashed line and each verified total as a point', () => {
    const svg = emissionsChartSvg({
      title: 'Path',
      description: 'd',
      sectors: [],
      years: [],
      path: [
        { year: 2015, value: 100 },
        { year: 2030, value: 50 },
      ],
      totals: [
        { year: 2018, value: 95 },
        { year: 2021, value: 80 },
      ],
    })
    expect(svg).toContain('stroke-dasharray="8 5"')
    expect(svg.match(/<circle /g)).toHaveLength(2)
    expect(svg).not.toContain('<rect')
  })
})

describe('figures the type does not have', () => {
  it('are dropped, so they neither raise messages for fields not shown nor split cached views', () => {
    const parsed = parse(
      'type=FIXED_LEVEL&baseYear=2018&baseYearEmissions=900&targetEmissions=300&targetYear=2024&baseIntensity=abc&intensityUnit=<b>',
    )
    expect(parsed.fieldErrors).toEqual({})
    expect(parsed.values.baseIntensity).toBeUndefined()
    expect(parsed.values.intensityUnit).toBeUndefined()
    expect(parsed.target).toMatchObject({ type: 'FIXED_LEVEL', baseIntensity: null })
  })
})
