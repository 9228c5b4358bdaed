import { describe, expect, it } from 'vitest'
import {
  INVENTORY_CELLS,
  cellName,
  completenessErrors,
  requiredCells,
} from '@/lib/domain/report-completeness'
import { parseCellText, validateDraft, type ReportValues } from '@/schemas/reports'
import { readReportForm, valuesFromReport } from '@/server/reports/read-report-form'

const empty = (): ReportValues => ({
  reportingLevel: '',
  inventoryBoundary: '',
  inventory: {},
  hazards: [],
  vulnerabilityAssessmentUrl: '',
  vulnerabilityAssessedAt: '',
  adaptationGoal: '',
  actions: [],
})

const hazard = {
  hazard: 'EXTREME_HEAT',
  riskLevel: 'HIGH',
  expectedImpact: 'Heat illness',
  vulnerableGroups: 'Older adults',
}

function complete(level: 'BASIC' | 'BASIC_PLUS'): ReportValues {
  const v = empty()
  v.reportingLevel = level
  for (const c of requiredCells(level))
    v.inventory[cellName(c.sector, c.scope)] = c.scope === 3 ? 'NE' : '1200.5'
  v.hazards = [hazard]
  return v
}

describe('an inventory cell', () => {
  it.each([
    ['', null],
    ['0', { emissions: 0, notationKey: null }],
    ['1250.5', { emissions: 1250.5, notationKey: null }],
    ['12,500', { emissions: 12500, notationKey: null }],
    [' no ', { emissions: null, notationKey: 'NO' }],
    ['C', { emissions: null, notationKey: 'C' }],
  ])('accepts %j', (text, value) => {
    expect(parseCellText(text)).toEqual({ ok: true, value })
  })

  it.each([
    ['-5', 'Emissions cannot be negative'],
    ['12 NO', 'Enter either a figure or a notation key, not both'],
    ['XX', 'Use one of the notation keys NO, IE, NE or C'],
    ['1.2.3', 'Enter emissions as a number of tCO2e, such as 1250.5'],
    ['1e20', 'Enter either a figure or a notation key, not both'],
    ['99999999999999', 'Emissions must be at most 1,000,000,000,000 tCO2e'],
  ])('refuses %j with a clear message', (text, message) => {
    expect(parseCellText(text)).toEqual({ ok: false, message })
  })
})

describe('reporting levels', () => {
  it('BASIC needs six cells, BASIC+ all ten that exist in the GPC', () => {
    expect(requiredCells('BASIC').map((c) => `${c.sector}-${c.scope}`)).toEqual([
      'STATIONARY_ENERGY-1',
      'STATIONARY_ENERGY-2',
      'TRANSPORTATION-1',
      'TRANSPORTATION-2',
      'WASTE-1',
      'WASTE-3',
    ])
    expect(requiredCells('BASIC_PLUS')).toHaveLength(INVENTORY_CELLS.length)
    expect(INVENTORY_CELLS).toHaveLength(10)
  })
})

describe('completeness before submission', () => {
  it('a complete BASIC report has no problems, and needs none of the BASIC+ cells', () => {
    const { draft, errors } = validateDraft(complete('BASIC'))
    expect(errors).toEqual({})
    expect(completenessErrors(draft)).toEqual({})
  })

  it('lists every missing cell of the chosen level, and asks for a level first', () => {
    const basic = validateDraft(complete('BASIC')).draft
    const plus = completenessErrors({ ...basic, reportingLevel: 'BASIC_PLUS' })
    expect(Object.keys(plus).sort()).toEqual(
      ['inv-AFOLU-1', 'inv-IPPU-1', 'inv-STATIONARY_ENERGY-3', 'inv-TRANSPORTATION-3'].sort(),
    )
    expect(plus['inv-IPPU-1']).toMatch(
      /Industrial processes and product use, scope 1: enter a figure or a notation key/,
    )
    expect(completenessErrors({ ...basic, reportingLevel: null })).toEqual({
      reportingLevel: 'Select the reporting level, BASIC or BASIC+',
    })
  })

  it('a notation key counts as filled', () => {
    const v = complete('BASIC')
    v.inventory['inv-WASTE-1'] = 'IE'
    expect(completenessErrors(validateDraft(v).draft)).toEqual({})
  })

  it('needs a hazard with impacts and vulnerable groups, and plans need a link and date', () => {
    const v = complete('BASIC')
    v.hazards = [{ ...hazard, vulnerableGroups: '' }]
    v.actions = [
      {
        kind: 'PLAN',
        pillar: 'MITIGATION',
        sector: '',
        title: 'Climate plan',
        status: 'COMPLETED',
        url: '',
        adoptedAt: '',
      },
      {
        kind: 'ACTION',
        pillar: 'ADAPTATION',
        sector: 'WATER',
        title: 'Rain gardens',
        status: 'PLANNED',
        url: '',
        adoptedAt: '',
      },
    ]
    const errors = completenessErrors(validateDraft(v).draft)
    expect(Object.keys(errors).sort()).toEqual([
      'action-0-adoptedAt',
      'action-0-url',
      'hazard-0-vulnerableGroups',
    ])
    expect(completenessErrors(validateDraft({ ...v, hazards: [] }).draft)['hazard-0-hazard']).toBe(
      'Add at least one climate hazard with its risk level',
    )
  })
})

describe('saving a draft', () => {
  it('keeps an incomplete draft, but refuses invalid values by field', () => {
    const v = empty()
    v.inventory['inv-WASTE-3'] = 'lots'
    v.hazards = [{ ...hazard, riskLevel: '' }]
    v.actions = [
      {
        kind: 'PLAN',
        pillar: 'MITIGATION',
        sector: 'NOPE',
        title: '',
        status: 'PLANNED',
        url: 'http://x.gov',
        adoptedAt: '2025-02-30',
      },
    ]
    v.vulnerabilityAssessmentUrl = 'javascript:alert(1)'
    const { errors } = validateDraft(v)
    expect(Object.keys(errors).sort()).toEqual(
      [
        'action-0-adoptedAt',
        'action-0-sector',
        'action-0-title',
        'action-0-url',
        'hazard-0-riskLevel',
        'inv-WASTE-3',
        'vulnerabilityAssessmentUrl',
      ].sort(),
    )
    expect(errors['action-0-url']).toMatch(/https:\/\//)
  })

  it('ignores blank and removed rows', () => {
    const v = empty()
    v.hazards = [
      { hazard: '', riskLevel: '', expectedImpact: ' ', vulnerableGroups: '' },
      { ...hazard, remove: true },
      hazard,
    ]
    const { draft, errors } = validateDraft(v)
    expect(errors).toEqual({})
    expect(draft.hazards).toEqual([hazard])
  })

  it('reads rows from the form and round-trips stored values', () => {
    const form = new FormData()
    form.set('reportingLevel', 'BASIC')
    form.set('inv-STATIONARY_ENERGY-1', '10')
    form.set('hazard-0-hazard', 'DROUGHT')
    form.set('hazard-0-riskLevel', 'LOW')
    form.set('hazard-0-expectedImpact', 'Dry wells')
    form.set('hazard-0-vulnerableGroups', 'Farmers')
    form.set('hazard-1-hazard', '')
    form.set('hazard-99-hazard', 'IGNORED') // beyond the row limit
    const values = readReportForm(form)
    expect(values.hazards).toHaveLength(2)
    const { draft } = validateDraft(values)
    expect(draft.inventory).toEqual([
      { sector: 'STATIONARY_ENERGY', scope: 1, emissions: 10, notationKey: null },
    ])
    const again = valuesFromReport({ ...draft, hazards: draft.hazards })
    expect(again.inventory['inv-STATIONARY_ENERGY-1']).toBe('10')
    expect(again.hazards).toEqual([
      { hazard: 'DROUGHT', riskLevel: 'LOW', expectedImpact: 'Dry wells', vulnerableGroups: 'Farmers' },
    ])
  })
})
