// The completeness rules on their own: a report as plain data, without the form or the database.
import { describe, expect, it } from 'vitest'
import {
  cellName,
  completenessErrors,
  requiredCells,
  type CompletenessInput,
} from '@/lib/domain/report-completeness'

function complete(level: 'BASIC' | 'BASIC_PLUS'): CompletenessInput {
  return {
    reportingLevel: level,
    inventory: requiredCells(level).map((c) => ({
      sector: c.sector,
      scope: c.scope,
      emissions: c.scope === 3 ? null : 1200.5,
      notationKey: c.scope === 3 ? 'NE' : null,
    })),
    hazards: [{ expectedImpact: 'Heat illness', vulnerableGroups: 'Older adults' }],
    actions: [],
  }
}

const plan = { kind: 'PLAN', title: 'Climate plan', url: null, adoptedAt: null }

describe('report completeness', () => {
  it('a complete report of either level has no problems', () => {
    expect(completenessErrors(complete('BASIC'))).toEqual({})
    expect(completenessErrors(complete('BASIC_PLUS'))).toEqual({})
  })

  it('asks for the level before any cell', () => {
    expect(completenessErrors({ ...complete('BASIC'), reportingLevel: null })).toEqual({
      reportingLevel: 'Select the reporting level, BASIC or BASIC+',
    })
  })

  it('a cell with neither a figure nor a key is missing, named by sector, scope and level', () => {
    const report = complete('BASIC')
    report.inventory[0] = { ...report.inventory[0]!, emissions: null }
    expect(completenessErrors(report)).toEqual({
      [cellName('STATIONARY_ENERGY', 1)]:
        'Stationary energy, scope 1: enter a figure or a notation key (a BASIC inventory needs it)',
    })
  })

  it('a BASIC inventory raised to BASIC+ is missing the four BASIC+ cells', () => {
    const errors = completenessErrors({ ...complete('BASIC'), reportingLevel: 'BASIC_PLUS' })
    expect(Object.keys(errors).sort()).toEqual(
      ['inv-AFOLU-1', 'inv-IPPU-1', 'inv-STATIONARY_ENERGY-3', 'inv-TRANSPORTATION-3'].sort(),
    )
    expect(errors['inv-AFOLU-1']).toMatch(/a BASIC\+ inventory needs it/)
  })

  it('needs a hazard, and each hazard its impact and vulnerable groups', () => {
    expect(completenessErrors({ ...complete('BASIC'), hazards: [] })).toEqual({
      'hazard-0-hazard': 'Add at least one climate hazard with its risk level',
    })
    expect(
      completenessErrors({
        ...complete('BASIC'),
        hazards: [{ expectedImpact: ' ', vulnerableGroups: '' }],
      }),
    ).toEqual({
      'hazard-0-expectedImpact': 'Describe the expected impact of hazard 1',
      'hazard-0-vulnerableGroups': 'Name the groups most vulnerable to hazard 1',
    })
  })

  it('a plan needs its link and adoption date; an action needs neither', () => {
    const errors = completenessErrors({
      ...complete('BASIC'),
      actions: [
        { ...plan, kind: 'ACTION' },
        plan,
        { ...plan, url: 'https://x.gov/p', adoptedAt: new Date() },
      ],
    })
    expect(errors).toEqual({
      'action-1-url': 'Give the link to plan 2 (“Climate plan”)',
      'action-1-adoptedAt': 'Give the adoption date of plan 2 (“Climate plan”)',
    })
  })
})
