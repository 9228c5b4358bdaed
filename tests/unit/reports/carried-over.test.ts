import { describe, expect, it } from 'vitest'
import { actionKey, carriedRows, hazardKey, keepOrigins, unconfirmedErrors } from '@/lib/domain/carried-over'
import { readReportForm } from '@/server/reports/read-report-form'

const heat = {
  hazard: 'EXTREME_HEAT',
  riskLevel: 'HIGH',
  expectedImpact: 'Heat illness',
  vulnerableGroups: 'Elders',
}
const plan = {
  kind: 'PLAN',
  pillar: 'MITIGATION',
  sector: null,
  title: 'Climate Action Plan',
  status: 'COMPLETED',
  url: 'https://example.gov/cap.pdf',
  adoptedAt: new Date('2023-05-01T00:00:00Z'),
}

describe('carried-over marks', () => {
  it('a row keeps its origin only while it says the same; each old row matches once', () => {
    const previous = [
      { key: 'a', origin: 'CARRIED_OVER' as const },
      { key: 'b', origin: 'CONFIRMED' as const },
      { key: 'c', origin: 'ENTERED' as const },
    ]
    expect(keepOrigins(previous, ['b', 'a', 'a', 'c', 'd'])).toEqual([
      'CONFIRMED',
      'CARRIED_OVER',
      'ENTERED', // a second copy of "a" is new
      'ENTERED',
      'ENTERED',
    ])
    expect(carriedRows(['a'], ['x', 'a'])).toEqual([false, true])
  })

  it('the same statement as stored and as typed gives the same key (dates, blanks, spaces)', () => {
    expect(hazardKey({ ...heat, expectedImpact: ' Heat illness ' })).toBe(hazardKey(heat))
    expect(hazardKey({ ...heat, riskLevel: 'EXTREME' })).not.toBe(hazardKey(heat))
    expect(actionKey({ ...plan, sector: '', adoptedAt: '2023-05-01' })).toBe(actionKey(plan))
    expect(actionKey({ ...plan, status: 'IN_PROGRESS' })).not.toBe(actionKey(plan))
  })

  it('names every unconfirmed figure and row, and each section’s box; nothing when not pre-filled', () => {
    const report = {
      prefilledFrom: 2024,
      reportingLevelOrigin: 'CONFIRMED',
      inventory: [
        { sector: 'WASTE', scope: 1, origin: 'CARRIED_OVER' },
        { sector: 'WASTE', scope: 3, origin: 'ENTERED' },
      ],
      hazards: [{ origin: 'CONFIRMED' }, { origin: 'CARRIED_OVER' }],
      actions: [{ origin: 'ENTERED' }],
    }
    expect(unconfirmedErrors(report)).toEqual({
      'inv-WASTE-1':
        'Waste, scope 1: this figure was carried over from 2024’s verified report; confirm it or change it',
      'hazard-1-hazard': 'Hazard 2 was carried over from 2024’s verified report: confirm it or change it',
      'confirm-inventory':
        'Tick this box to confirm the 1 figure carried over from 2024’s verified report, or change it',
      'confirm-hazards':
        'Tick this box to confirm the 1 hazard carried over from 2024’s verified report, or change it',
    })
    expect(unconfirmedErrors({ ...report, prefilledFrom: null })).toEqual({})
  })

  it('the form’s confirmation boxes are read by section', () => {
    const form = new FormData()
    form.set('confirm-hazards', 'yes')
    form.set('confirm-actions', 'on')
    expect(readReportForm(form).confirm).toEqual({ inventory: false, hazards: true, actions: false })
  })
})
