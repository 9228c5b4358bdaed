// Properties of the parsing functions the schemas export beside their zod schemas (target form, report
// form and inventory cells, CSV rows, campaign and directory views, sign-in callbacks): whatever they are
// given they answer without throwing, and what they accept keeps the same promises as the schemas.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isStateCode } from '@/lib/domain/states'
import { csvRecordToInput, municipalityCsvRowSchema } from '@/schemas/admin-municipality'
import { safeCallbackUrl } from '@/schemas/auth'
import { parseCampaignView } from '@/schemas/campaign-view'
import { parseDirectoryQuery } from '@/schemas/directory'
import { portalCallbackUrl } from '@/schemas/portal'
import { accountingYearSchema, MAX_EMISSIONS, parseCellText, validateDraft } from '@/schemas/reports'
import { readReportForm } from '@/server/reports/read-report-form'
import { parseSolutionQuery } from '@/schemas/solutions'
import { parseTargetForm, TARGET_FIELDS, targetToFormValues } from '@/schemas/targets'
import { hostileForm, hostileString, hostileValue, NOTABLE_STRINGS } from '../../helpers/hostile-input'
import { expectSameSitePath, expectStorable } from './arbitraries'

const RUNS = 200
// A second or two each on a quiet machine; generous for a busy CI runner.
const TIMEOUT = 30_000

const searchParams = fc.dictionary(
  fc.constantFrom('q', 'state', 'page', 'campaign', 'sort', 'dir', 'overdue', 'hazard', '__proto__'),
  fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 })),
)

describe('parsers under random and hostile input', () => {
  it(
    'sign-in callbacks stay on this site, and the portal one in the portal (or a members-only guide, a group space, or the introduction form)',
    () => {
      fc.assert(
        fc.property(fc.oneof(hostileValue, fc.constantFrom(...NOTABLE_STRINGS)), (value) => {
          const path = safeCallbackUrl(value)
          expectSameSitePath(path)
          // It goes into a Location header and a cookie: ASCII only, with escapes that decode.
          expect(() => new Headers({ location: path })).not.toThrow()
          expect(path).toMatch(/^[\x21-\x7e]*$/)
          expect(() => decodeURIComponent(path.split('#')[0]!)).not.toThrow()
          const portal = portalCallbackUrl(value)
          expectSameSitePath(portal)
          expect(portal).toMatch(
            /^\/portal(?:$|[/?])|^\/resources\/[a-z0-9-]+\/read$|^\/groups\/[a-z0-9-]+\/space$|^\/introductions\/new(?:\?[A-Za-z0-9=&%_.-]*)?$/,
          )
        }),
        { numRuns: RUNS },
      )
      // A group's members' space is a place the emailed sign-in link may bring an official back to.
      expect(portalCallbackUrl('/groups/great-lakes-peer-group/space')).toBe(
        '/groups/great-lakes-peer-group/space',
      )
      expect(portalCallbackUrl('/groups/great-lakes-peer-group')).toBe('/portal')
    },
    TIMEOUT,
  )

  it(
    'campaign, directory and solution views always parse to a usable view',
    () => {
      fc.assert(
        fc.property(searchParams, (params) => {
          const view = parseCampaignView(params)
          expect(view.state === undefined || isStateCode(view.state)).toBe(true)
          expect(Number.isInteger(view.page) && view.page >= 1 && view.page <= 10_000).toBe(true)
          expect(parseDirectoryQuery(params).page).toBeGreaterThanOrEqual(1)
          expect(parseSolutionQuery(params).page).toBeGreaterThanOrEqual(1)
          const url = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))
          expect(parseCampaignView(url).page).toBeGreaterThanOrEqual(1)
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT,
  )

  it(
    'target forms: refused by field, or a target that keeps its rules and reads back as itself',
    () => {
      const valid: Record<string, fc.Arbitrary<string | string[]>> = {
        type: fc.constantFrom(
          'BASE_YEAR_ABSOLUTE',
          'BASE_YEAR_INTENSITY',
          'FIXED_LEVEL',
          'BASELINE_SCENARIO',
        ),
        sectorsCovered: fc.subarray(['STATIONARY_ENERGY', 'TRANSPORTATION', 'WASTE']),
        gasesCovered: fc.subarray(['CO2', 'CH4']),
        baseYear: fc.constantFrom('2015', '2019', ''),
        baseYearEmissions: fc.constantFrom('250,000', '1 000', '0'),
        intensityUnit: fc.constantFrom('tCO2e per resident'),
        baseIntensity: fc.constantFrom('10', '0.5'),
        baseActivity: fc.constantFrom('25000'),
        targetActivity: fc.constantFrom('30000'),
        bauEmissions: fc.constantFrom('300000'),
        targetYear: fc.constantFrom('2030', '2050'),
        reductionPercent: fc.constantFrom('40', '100', ''),
        targetEmissions: fc.constantFrom('0', '1000'),
        netZero: fc.constantFrom('on', ''),
        adoptedAt: fc.constantFrom('2024-02-29', '', '2023-02-29'),
      }
      fc.assert(
        fc.property(hostileForm(valid), (form) => {
          const values = Object.fromEntries(
            TARGET_FIELDS.map((f) => [
              f,
              f === 'sectorsCovered' || f === 'gasesCovered'
                ? form.getAll(f).map(String)
                : String(form.get(f) ?? ''),
            ]),
          )
          const result = parseTargetForm(values)
          if (!result.success) {
            expect(Object.keys(result.fieldErrors).length).toBeGreaterThan(0)
            return
          }
          const t = result.data
          expectStorable(t)
          expect(t.sectorsCovered.length).toBeGreaterThan(0)
          expect(t.gasesCovered.length).toBeGreaterThan(0)
          expect(t.targetYear).toBeGreaterThan(t.baseYear ?? 0)
          if (t.reductionPercent !== null) expect(t.reductionPercent).toBeLessThanOrEqual(100)
          if (t.adoptedAt) expect(t.adoptedAt.toISOString().slice(0, 10)).toBe(String(values.adoptedAt))
          expect(parseTargetForm(targetToFormValues(t))).toEqual(result)
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT,
  )

  it(
    'report forms: every problem is named by field, and an accepted draft keeps its limits',
    () => {
      const valid = {
        reportingLevel: fc.constantFrom('BASIC', 'BASIC_PLUS', ''),
        'inv-STATIONARY_ENERGY-1': fc.constantFrom('1250.5', '12,000', 'NO', 'ie', ''),
        'inv-WASTE-3': fc.constantFrom('0', 'C', ''),
        inventoryBoundary: fc.constantFrom('City limits', ''),
        'hazard-0-hazard': fc.constantFrom('EXTREME_HEAT', 'DROUGHT'),
        'hazard-0-riskLevel': fc.constantFrom('HIGH'),
        'hazard-0-expectedImpact': fc.constantFrom('Heat illness'),
        'hazard-0-vulnerableGroups': fc.constantFrom('Older adults'),
        'action-3-kind': fc.constantFrom('PLAN', 'ACTION'),
        'action-3-pillar': fc.constantFrom('MITIGATION'),
        'action-3-title': fc.constantFrom('Climate plan'),
        'action-3-status': fc.constantFrom('COMPLETED'),
        'action-3-url': fc.constantFrom('https://www.example.gov/plan', ''),
        'action-3-adoptedAt': fc.constantFrom('2024-02-29', '2023-02-29', ''),
        vulnerabilityAssessedAt: fc.constantFrom('2024-01-31', '2024-04-31', ''),
        adaptationGoal: fc.constantFrom('Cooler streets', ''),
      }
      fc.assert(
        fc.property(hostileForm(valid), (form) => {
          const { draft, errors } = validateDraft(readReportForm(form))
          for (const message of Object.values(errors)) expect(message.length).toBeGreaterThan(0)
          if (Object.keys(errors).length > 0) return
          expectStorable(draft)
          for (const cell of draft.inventory) {
            expect((cell.emissions === null) !== (cell.notationKey === null)).toBe(true)
            if (cell.emissions !== null) expect(cell.emissions).toBeGreaterThanOrEqual(0)
            if (cell.emissions !== null) expect(cell.emissions).toBeLessThanOrEqual(MAX_EMISSIONS)
          }
          for (const a of draft.actions)
            if (a.adoptedAt) expect(Number.isNaN(a.adoptedAt.getTime())).toBe(false)
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT,
  )

  it(
    'inventory cells and accounting years: a number in range, a key, or a message',
    () => {
      fc.assert(
        fc.property(hostileString, (text) => {
          const cell = parseCellText(text)
          if (!cell.ok) expect(cell.message.length).toBeGreaterThan(0)
          else if (cell.value?.emissions != null) expect(Number.isFinite(cell.value.emissions)).toBe(true)
          const year = accountingYearSchema().safeParse(text)
          if (year.success) expect(Number.isInteger(year.data)).toBe(true)
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT,
  )

  it(
    'CSV records of any content are read into rows the row schema answers',
    () => {
      const columns = ['slug', 'name', 'state', 'population', 'is_member', 'member_since', '__proto__']
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...columns), hostileString), (record) => {
          const result = municipalityCsvRowSchema.safeParse(csvRecordToInput(record))
          if (result.success) expectStorable(result.data)
        }),
        { numRuns: RUNS },
      )
    },
    TIMEOUT,
  )
})
