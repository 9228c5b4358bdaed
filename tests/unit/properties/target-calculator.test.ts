// Properties of the target calculator's query: whatever the address holds, it is read without throwing, what it
// accepts draws a path of plain finite figures, and a cached view's key reads back to the same target.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateTargetPath } from '@/lib/domain/target-calculator'
import { decodeViewKey } from '@/lib/view-key'
import { CALCULATOR_KEYS, parseCalculatorQuery } from '@/schemas/target-calculator'
import { calculatorViewPath } from '@/server/routing/list-view-path'
import { hostileString } from '../../helpers/hostile-input'
import { writtenInteger } from './arbitraries'

const RUNS = 300
const TIMEOUT = 30_000
const NOW = new Date('2026-06-01T00:00:00Z')

const hostileQuery = fc.dictionary(
  fc.constantFrom(...CALCULATOR_KEYS, '__proto__', 'v'),
  fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })),
)

// Plausible figures, so that many queries are valid and draw a path.
const figureQuery = fc.record({
  type: fc.constantFrom('BASE_YEAR_ABSOLUTE', 'BASE_YEAR_INTENSITY', 'FIXED_LEVEL', 'BASELINE_SCENARIO'),
  baseYear: fc.integer({ min: 1985, max: 2030 }).map(String),
  baseYearEmissions: writtenInteger(0, 10_000_000),
  intensityUnit: fc.constantFrom('tCO2e per resident', ''),
  baseIntensity: fc.constantFrom('0', '4.5', '12'),
  baseActivity: writtenInteger(0, 1_000_000),
  targetActivity: writtenInteger(1, 1_000_000),
  bauEmissions: writtenInteger(0, 10_000_000),
  targetYear: fc.integer({ min: 1990, max: 2105 }).map(String),
  reductionPercent: fc.integer({ min: -5, max: 105 }).map(String),
  targetEmissions: writtenInteger(0, 10_000_000),
  netZero: fc.constantFrom('on', ''),
})

const toParams = (record: Record<string, string | string[]>) => {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(record)) for (const one of [v].flat()) params.append(k, one)
  return params
}

describe('the calculator’s query under random and hostile input', () => {
  it(
    'is read without throwing; an invalid query draws nothing and is never a cached view',
    () => {
      fc.assert(
        fc.property(hostileQuery, (record) => {
          const params = toParams(record)
          const query = parseCalculatorQuery(params, NOW)
          const view = calculatorViewPath(params, NOW)
          if (Object.keys(query.fieldErrors).length > 0) {
            expect(query.target).toBeNull()
            expect(view).toEqual({ path: '/_views/tools/target-calculator', invalid: true })
          }
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT,
  )

  it(
    'what it accepts draws plain finite figures, one row a year, and its cached view reads back the same',
    () => {
      let drawn = 0
      fc.assert(
        fc.property(figureQuery, (record) => {
          const params = toParams(record)
          const query = parseCalculatorQuery(params, NOW)
          if (query.target === null) return
          drawn++
          const result = calculateTargetPath({ target: query.target })
          for (const row of result.rows) {
            for (const n of [row.path, row.cutPercent]) if (n !== null) expect(Number.isFinite(n)).toBe(true)
          }
          const years = result.rows.map((r) => r.year)
          expect(new Set(years).size).toBe(years.length)
          expect(years.length).toBeLessThanOrEqual(2100 - 1990 + 1)
          const view = calculatorViewPath(params, NOW)!
          expect(view.invalid).toBe(false)
          const again = parseCalculatorQuery(decodeViewKey(view.path.split('/').at(-1)!), NOW)
          expect(again.target).toEqual(query.target)
        }),
        { numRuns: RUNS },
      )
      // Not a property of nothing: a good share of the generated queries are valid.
      expect(drawn).toBeGreaterThan(RUNS / 10)
    },
    TIMEOUT,
  )
})
