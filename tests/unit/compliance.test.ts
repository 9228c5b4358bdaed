import { describe, expect, it } from 'vitest'
import {
  addYearsUtc,
  evaluateCompliance,
  reportedSectors,
  type ComplianceInput,
  type CompliancePledge,
  type ComplianceReport,
  type ComplianceTarget,
  type StageKey,
} from '@/lib/domain/compliance'

const day = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
const ymd = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)

const compact = (date: string, status = 'APPROVED'): CompliancePledge => ({
  status,
  commitmentDate: status === 'APPROVED' ? day(date) : null,
  hasCompliancePath: true,
})
const rc4a = (date: string): CompliancePledge => ({
  status: 'APPROVED',
  commitmentDate: day(date),
  hasCompliancePath: false,
})

function report(over: Partial<ComplianceReport> & { verifiedAt?: Date | null } = {}): ComplianceReport {
  return {
    accountingYear: 2016,
    status: 'VERIFIED',
    verifiedAt: day('2017-01-15'),
    inventorySectors: [],
    hazardCount: 0,
    vulnerabilityAssessedAt: null,
    vulnerabilityAssessmentUrl: null,
    adaptationGoal: null,
    plans: [],
    ...over,
  }
}
const inventory = (over: Partial<ComplianceReport> = {}) =>
  report({ inventorySectors: ['STATIONARY_ENERGY', 'TRANSPORTATION', 'WASTE'], hazardCount: 2, ...over })
const target = (adoptedAt: string, status = 'ACTIVE'): ComplianceTarget => ({
  status,
  adoptedAt: day(adoptedAt),
  createdAt: day(adoptedAt),
})
const plan = (pillar: 'MITIGATION' | 'ADAPTATION', adoptedAt = '2018-06-01') => ({
  pillar,
  url: `https://example.gov/${pillar.toLowerCase()}-plan.pdf`,
  adoptedAt: day(adoptedAt),
})

// Commitment on 2016-03-01: year-1 stages due 2017-03-01, year-2 2018-03-01, year-3 2019-03-01.
const compliantReports = (): ComplianceReport[] => [
  inventory({ accountingYear: 2016, verifiedAt: day('2017-02-01') }),
  report({
    accountingYear: 2017,
    verifiedAt: day('2018-02-01'),
    inventorySectors: ['STATIONARY_ENERGY', 'TRANSPORTATION'],
    vulnerabilityAssessedAt: day('2017-11-01'),
    adaptationGoal: 'Halve heat-related hospital visits by 2030',
  }),
  report({
    accountingYear: 2018,
    verifiedAt: day('2019-01-20'),
    inventorySectors: ['STATIONARY_ENERGY', 'TRANSPORTATION'],
    plans: [plan('MITIGATION', '2018-09-01'), plan('ADAPTATION', '2018-10-01')],
  }),
]

function run(over: Partial<ComplianceInput>) {
  return evaluateCompliance({
    pledges: [compact('2016-03-01')],
    reports: [],
    targets: [],
    now: day('2016-06-01'),
    ...over,
  })
}
const stageOf = (result: ReturnType<typeof run>, key: StageKey) => result.stages.find((s) => s.key === key)!

describe('addYearsUtc', () => {
  it.each([
    ['2016-03-01', 1, '2017-03-01'],
    ['2016-02-29', 1, '2017-02-28'],
    ['2016-02-29', 3, '2019-02-28'],
    ['2016-02-29', 4, '2020-02-29'],
    ['2015-02-28', 1, '2016-02-28'],
    ['2016-12-31T23:30:00Z', 1, '2017-12-31'],
  ])('%s + %i years is %s (UTC calendar day)', (from, years, expected) => {
    expect(ymd(addYearsUtc(day(from), years))).toBe(expected)
  })
})

describe('evaluateCompliance: who is on the path', () => {
  it.each([
    ['no pledge', []],
    ['an RC4A pledge only', [rc4a('2015-05-01')]],
    ['a Compact pledge awaiting review', [compact('2016-03-01', 'PENDING_REVIEW')]],
    [
      'a withdrawn Compact pledge',
      [{ status: 'WITHDRAWN', commitmentDate: day('2016-03-01'), hasCompliancePath: true }],
    ],
  ])('%s: stage NONE, no stages, no deadline', (_label, pledges) => {
    const result = run({
      pledges,
      reports: compliantReports(),
      targets: [target('2017-06-01')],
      now: day('2019-06-01'),
    })
    expect(result).toMatchObject({
      commitmentDate: null,
      stage: 'NONE',
      stages: [],
      overdue: false,
      nextDeadline: null,
    })
    expect(result.badges.map((b) => b.awarded)).toEqual([false, false])
  })

  it('a member of both campaigns counts from the Compact commitment, not the earlier RC4A one', () => {
    const result = run({ pledges: [rc4a('2014-01-10'), compact('2016-03-01')], now: day('2016-06-01') })
    expect(ymd(result.commitmentDate)).toBe('2016-03-01')
    expect(ymd(stageOf(result, 'inventory').dueDate)).toBe('2017-03-01')
    expect(result.stage).toBe('COMMITMENT')
  })
})

describe('evaluateCompliance: due dates and overdue', () => {
  it('lists the six stages with their due dates, counted from the commitment day', () => {
    const result = run({ pledges: [compact('2016-03-01T22:30:00Z')] })
    expect(result.stages.map((s) => [s.key, ymd(s.dueDate), s.status])).toEqual([
      ['commitment', '2016-03-01', 'met'],
      ['inventory', '2017-03-01', 'due'],
      ['hazards', '2017-03-01', 'due'],
      ['target', '2018-03-01', 'due'],
      ['vulnerability', '2018-03-01', 'due'],
      ['actionPlans', '2019-03-01', 'due'],
    ])
    expect(ymd(result.nextDeadline)).toBe('2017-03-01')
    expect(result.overdue).toBe(false)
  })

  it('a leap-day commitment falls due on Feb 28 in the following years', () => {
    const result = run({ pledges: [compact('2016-02-29')] })
    expect(result.stages.map((s) => ymd(s.dueDate))).toEqual([
      '2016-02-29',
      '2017-02-28',
      '2017-02-28',
      '2018-02-28',
      '2018-02-28',
      '2019-02-28',
    ])
  })

  it.each([
    ['2017-03-01T23:59:59Z', false, 'due'],
    ['2017-03-02T00:00:00Z', true, 'overdue'],
  ])('at %s the unmet inventory is overdue: %s', (now, overdue, status) => {
    const result = run({ now: day(now) })
    expect(result.overdue).toBe(overdue)
    expect(stageOf(result, 'inventory').status).toBe(status)
    expect(stageOf(result, 'target').status).toBe('due')
    expect(ymd(result.nextDeadline)).toBe('2017-03-01')
  })
})

describe('evaluateCompliance: evidence', () => {
  it.each([
    ['both required sectors and hazards', [inventory()], 'INVENTORY'],
    [
      'stationary energy only',
      [inventory({ inventorySectors: ['STATIONARY_ENERGY', 'WASTE'] })],
      'COMMITMENT',
    ],
    ['an inventory but no hazards', [inventory({ hazardCount: 0 })], 'COMMITMENT'],
    ['a returned report', [inventory({ status: 'RETURNED', verifiedAt: null })], 'COMMITMENT'],
    ['a submitted, unverified report', [inventory({ status: 'SUBMITTED', verifiedAt: null })], 'COMMITMENT'],
  ])('%s -> %s', (_label, reports, stage) => {
    expect(run({ reports, now: day('2017-02-20') }).stage).toBe(stage)
  })

  it('a stage met after its due date is met, flagged late, and no longer overdue', () => {
    const result = run({ reports: [inventory({ verifiedAt: day('2017-09-10') })], now: day('2017-10-01') })
    expect(stageOf(result, 'inventory')).toMatchObject({ status: 'met', late: true })
    expect(ymd(stageOf(result, 'inventory').metAt)).toBe('2017-09-10')
    expect(result.overdue).toBe(false)
    expect(ymd(result.nextDeadline)).toBe('2018-03-01')
  })

  it('a stage met on time is not late', () => {
    const result = run({
      reports: [inventory({ verifiedAt: day('2017-03-01T18:00:00Z') })],
      now: day('2017-10-01'),
    })
    expect(stageOf(result, 'inventory')).toMatchObject({ status: 'met', late: false })
  })

  it.each([
    ['only a replaced target', [target('2017-06-01', 'REPLACED')], 'overdue', null, false],
    ['an active target adopted late', [target('2018-09-01')], 'met', '2018-09-01', true],
    // The successor keeps the stage met from the first adoption: strengthening a target is not lateness.
    [
      'a replaced target and its active successor',
      [target('2017-06-01', 'REPLACED'), target('2018-09-01')],
      'met',
      '2017-06-01',
      false,
    ],
  ])('%s: target stage %s', (_label, targets, status, metAt, late) => {
    const result = run({ reports: compliantReports(), targets, now: day('2018-10-01') })
    expect(stageOf(result, 'target')).toMatchObject({ status, late })
    expect(ymd(stageOf(result, 'target').metAt)).toBe(metAt)
  })

  it('a target recorded without an adoption date counts from when it was recorded', () => {
    const targets = [{ status: 'ACTIVE', adoptedAt: null, createdAt: day('2017-05-05') }]
    expect(ymd(stageOf(run({ targets, now: day('2017-06-01') }), 'target').metAt)).toBe('2017-05-05')
  })

  it.each([
    ['mitigation plan only', [plan('MITIGATION')]],
    ['adaptation plan only', [plan('ADAPTATION')]],
    ['an adaptation plan without a link', [plan('MITIGATION'), { ...plan('ADAPTATION'), url: null }]],
    [
      'an adaptation plan without an adoption date',
      [plan('MITIGATION'), { ...plan('ADAPTATION'), adoptedAt: null }],
    ],
  ])('action plans are not met with %s', (_label, plans) => {
    const reports = [...compliantReports().slice(0, 2), report({ accountingYear: 2018, plans })]
    const result = run({ reports, targets: [target('2017-06-01')], now: day('2019-01-31') })
    expect(stageOf(result, 'actionPlans').status).toBe('due')
    expect(result.stage).toBe('TARGET')
  })
})

describe('evaluateCompliance: summary stage', () => {
  it('all stages met: compliant, nothing due, both badges awarded when the last piece arrived', () => {
    const result = run({
      reports: compliantReports(),
      targets: [target('2017-06-01')],
      now: day('2019-06-01'),
    })
    expect(result).toMatchObject({
      stage: 'ACTION_PLANS',
      compliant: true,
      overdue: false,
      nextDeadline: null,
    })
    expect(result.stages.every((s) => s.status === 'met' && !s.late)).toBe(true)
    expect(result.badges.map((b) => [b.pillar, b.awarded, ymd(b.awardedAt), b.lapsed])).toEqual([
      ['MITIGATION', true, '2019-01-20', false],
      ['ADAPTATION', true, '2019-01-20', false],
    ])
  })

  it('year-2 evidence without year-1 evidence stays at COMMITMENT (stages are cumulative)', () => {
    const reports = [report({ vulnerabilityAssessedAt: day('2017-01-01') })]
    const result = run({ reports, targets: [target('2017-06-01')], now: day('2018-01-01') })
    expect(stageOf(result, 'target').status).toBe('met')
    expect(result.stage).toBe('COMMITMENT')
    expect(result.overdue).toBe(true)
  })

  it('year-1 and year-2 met but no plans after year 3: TARGET and overdue, deadline in the past', () => {
    const reports = compliantReports().slice(0, 2)
    const result = run({ reports, targets: [target('2017-06-01')], now: day('2019-06-01') })
    expect(result).toMatchObject({ stage: 'TARGET', overdue: true })
    expect(ymd(result.nextDeadline)).toBe('2019-03-01')
    expect(result.badges.map((b) => b.missing)).toEqual([['Mitigation plan'], ['Adaptation plan']])
  })
})

describe('evaluateCompliance: inventories go stale and badges lapse', () => {
  it.each([
    [2023, 'met', false, 'ACTION_PLANS'],
    [2022, 'overdue', true, 'COMMITMENT'],
  ])('in 2026 with the latest inventory for %i, the inventory stage is %s', (year, status, lapsed, stage) => {
    const reports = [
      ...compliantReports(),
      inventory({ accountingYear: year, verifiedAt: day(`${year + 1}-02-01`) }),
    ]
    const result = run({ reports, targets: [target('2017-06-01')], now: day('2026-05-01') })
    expect(stageOf(result, 'inventory')).toMatchObject({ status, lapsed })
    expect(result.stage).toBe(stage)
    const mitigation = result.badges.find((b) => b.pillar === 'MITIGATION')!
    expect([mitigation.awarded, mitigation.lapsed]).toEqual([!lapsed, lapsed])
    expect(ymd(mitigation.awardedAt)).toBe('2019-01-20')
  })

  it('the adaptation badge lapses when verified reporting stops', () => {
    const result = run({
      reports: compliantReports(),
      targets: [target('2017-06-01')],
      now: day('2023-01-01'),
    })
    expect(result.badges.find((b) => b.pillar === 'ADAPTATION')).toMatchObject({
      awarded: false,
      lapsed: true,
    })
  })
})

describe('reportedSectors', () => {
  it('counts sectors with a figure or a notation key, not empty rows', () => {
    const sectors = reportedSectors([
      { sector: 'STATIONARY_ENERGY', emissions: 1200, notationKey: null },
      { sector: 'TRANSPORTATION', emissions: null, notationKey: 'NE' },
      { sector: 'WASTE', emissions: null, notationKey: null },
    ])
    expect(sectors.sort()).toEqual(['STATIONARY_ENERGY', 'TRANSPORTATION'])
  })
})
