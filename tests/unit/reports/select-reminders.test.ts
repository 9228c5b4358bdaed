import { describe, expect, it } from 'vitest'
import { evaluateCompliance, type ComplianceReport } from '@/lib/domain/compliance'
import { daysUntil, reminderThreshold, selectReminders } from '@/server/reminders/select-reminders'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)
const at = (iso: string) => new Date(iso)

describe('reminder thresholds', () => {
  const due = d('2026-06-30')
  it.each([
    ['2026-04-30T12:00:00Z', null], // 61 days before
    ['2026-05-01T00:00:00Z', '60'],
    ['2026-05-31T23:59:59Z', '30'],
    ['2026-06-22T08:00:00Z', '30'], // 8 days before
    ['2026-06-23T00:00:00Z', '7'],
    ['2026-06-30T23:59:59Z', '7'], // the due day itself is still on time
    ['2026-07-01T00:00:00Z', 'overdue'],
    ['2027-01-01T00:00:00Z', 'overdue'],
  ])('at %s -> %s', (now, expected) => {
    expect(reminderThreshold(due, at(now))).toBe(expected)
  })

  it('counts whole UTC days', () => {
    expect(daysUntil(due, at('2026-06-29T23:00:00Z'))).toBe(1)
    expect(daysUntil(due, at('2026-06-30T01:00:00Z'))).toBe(0)
  })
})

const pledge = (commitmentDate: Date) => ({ status: 'APPROVED', commitmentDate, hasCompliancePath: true })
const verified = (o: Partial<ComplianceReport>): ComplianceReport => ({
  accountingYear: 2024,
  status: 'VERIFIED',
  verifiedAt: d('2025-01-10'),
  inventorySectors: ['STATIONARY_ENERGY', 'TRANSPORTATION'],
  hazardCount: 1,
  vulnerabilityAssessedAt: null,
  vulnerabilityAssessmentUrl: null,
  adaptationGoal: null,
  plans: [],
  ...o,
})

function remindersAt(now: Date, commitment: Date, reports: ComplianceReport[] = []) {
  const { stages } = evaluateCompliance({ pledges: [pledge(commitment)], reports, targets: [], now })
  return selectReminders(stages, now).map((r) => `${r.stage}:${r.threshold}`)
}

describe('selecting reminders from the compliance path', () => {
  it('a leap-day commitment falls due on Feb 28 and is reminded 60 days before it', () => {
    const commitment = d('2024-02-29')
    // Inventory and hazards due 2025-02-28; 60 days before is 2024-12-30.
    expect(remindersAt(at('2024-12-29T12:00:00Z'), commitment)).toEqual([])
    expect(remindersAt(at('2024-12-30T00:00:00Z'), commitment)).toEqual(['inventory:60', 'hazards:60'])
    expect(remindersAt(at('2025-02-28T23:00:00Z'), commitment)).toEqual(['inventory:7', 'hazards:7'])
    expect(remindersAt(at('2025-03-01T00:00:00Z'), commitment)).toEqual([
      'inventory:overdue',
      'hazards:overdue',
    ])
  })

  it('a stage met late stops its reminders, and the next stage is reminded on its own date', () => {
    const commitment = d('2024-03-15')
    const late = verified({ verifiedAt: d('2025-05-01') }) // inventory and hazards due 2025-03-15
    expect(remindersAt(at('2025-04-01T00:00:00Z'), commitment)).toEqual([
      'inventory:overdue',
      'hazards:overdue',
    ])
    expect(remindersAt(at('2025-06-01T00:00:00Z'), commitment, [late])).toEqual([])
    // Target and vulnerability assessment are due 2026-03-15.
    expect(remindersAt(at('2026-02-01T00:00:00Z'), commitment, [late])).toEqual([
      'target:60',
      'vulnerability:60',
    ])
  })

  it('a returned report is no evidence: its stages are still reminded', () => {
    const commitment = d('2024-03-15')
    const returned = verified({ status: 'RETURNED', verifiedAt: null })
    expect(remindersAt(at('2025-03-10T00:00:00Z'), commitment, [returned])).toEqual([
      'inventory:7',
      'hazards:7',
    ])
  })
})
