// The Compact of Mayors / GCoM compliance path (shared/DOMAIN.md), as pure functions of plain data.
// The loaders in src/server/compliance turn database rows into these inputs.
import { BASIC_REQUIRED_SECTORS } from './gpc'
import { addYearsUtc, earliest, isPastDueDay, latest, startOfUtcDay } from './compliance-dates'

export { addYearsUtc } from './compliance-dates'

/** The stored summary, as the ComplianceStage enum in the schema. */
export type ComplianceStageValue = 'NONE' | 'COMMITMENT' | 'INVENTORY' | 'TARGET' | 'ACTION_PLANS'
export type CompliancePillar = 'MITIGATION' | 'ADAPTATION'
export type StageKey = 'commitment' | 'inventory' | 'hazards' | 'target' | 'vulnerability' | 'actionPlans'
export type StageStatus = 'met' | 'due' | 'overdue'

export const COMPLIANCE_STAGES: readonly { key: StageKey; label: string; years: number; evidence: string }[] =
  [
    { key: 'commitment', label: 'Commitment', years: 0, evidence: 'Signed pledge, approved by staff' },
    {
      key: 'inventory',
      label: 'GHG inventory',
      years: 1,
      evidence: 'Community-wide inventory covering at least stationary energy and transportation',
    },
    { key: 'hazards', label: 'Climate hazards', years: 1, evidence: 'Climate hazards with their risk level' },
    { key: 'target', label: 'Target', years: 2, evidence: 'Community-wide emissions reduction target' },
    {
      key: 'vulnerability',
      label: 'Vulnerability assessment',
      years: 2,
      evidence: "Assessment of hazards' impacts and vulnerable groups",
    },
    {
      key: 'actionPlans',
      label: 'Action plans',
      years: 3,
      evidence: 'Mitigation and adaptation plans adopted',
    },
  ]

/** An inventory whose accounting year is more than this many years before the current year no longer counts. */
export const INVENTORY_VALID_YEARS = 3

export type CompliancePledge = {
  status: string // PledgeStatus: only APPROVED starts the clock
  commitmentDate: Date | null
  hasCompliancePath: boolean // of the pledge's campaign: Compact of Mayors yes, RC4A no
}

export type CompliancePlan = { pillar: CompliancePillar; url: string | null; adoptedAt: Date | null }

export type ComplianceReport = {
  accountingYear: number
  status: string // ReportStatus: only VERIFIED reports are evidence
  verifiedAt: Date | null
  inventorySectors: readonly string[] // GPC sectors with a figure or a notation key (see reportedSectors)
  hazardCount: number
  vulnerabilityAssessedAt: Date | null
  vulnerabilityAssessmentUrl: string | null
  adaptationGoal: string | null
  plans: readonly CompliancePlan[] // ClimateAction rows of kind PLAN
}

// TargetStatus ACTIVE or REPLACED; pass replaced targets too, they date the target stage.
export type ComplianceTarget = { status: string; adoptedAt: Date | null; createdAt: Date }

export type ComplianceInput = {
  pledges: readonly CompliancePledge[]
  reports: readonly ComplianceReport[]
  targets: readonly ComplianceTarget[]
  now: Date
}

export type ComplianceStageResult = {
  key: StageKey
  label: string
  dueDate: Date
  status: StageStatus
  metAt: Date | null
  late: boolean // met, but after the end of the due day
  lapsed: boolean // inventory only: was met, but every qualifying inventory is now too old
}

export type ComplianceBadge = {
  pillar: CompliancePillar
  label: string
  awarded: boolean // earned and not lapsed
  awardedAt: Date | null // when the last piece arrived; kept when lapsed
  lapsed: boolean
  missing: string[] // labels of the pieces not yet in place
}

export type ComplianceResult = {
  commitmentDate: Date | null
  stages: ComplianceStageResult[] // empty without a commitment
  stage: ComplianceStageValue
  compliant: boolean
  overdue: boolean
  nextDeadline: Date | null // earliest due date of a stage not met (in the past when overdue)
  badges: ComplianceBadge[]
}

/** GPC sectors an inventory reports, by a figure or a notation key. */
export function reportedSectors(
  entries: readonly { sector: string; emissions: number | null; notationKey: string | null }[],
): string[] {
  const sectors = new Set<string>()
  for (const e of entries) if (e.emissions !== null || e.notationKey !== null) sectors.add(e.sector)
  return [...sectors]
}

/** The approved commitment date of a campaign with a compliance path; other campaigns do not start the clock. */
export function findCommitmentDate(pledges: readonly CompliancePledge[]): Date | null {
  return earliest(
    pledges.filter((p) => p.status === 'APPROVED' && p.hasCompliancePath).map((p) => p.commitmentDate),
  )
}

type Evidence = {
  inventoryFirstAt: Date | null // first qualifying inventory, however old
  inventoryCurrent: boolean // a qualifying inventory still young enough to count
  hazardsAt: Date | null
  targetAt: Date | null
  vulnerabilityAt: Date | null
  adaptationGoalAt: Date | null
  mitigationPlanAt: Date | null
  adaptationPlanAt: Date | null
  reportingCurrent: boolean // a verified report for a recent enough year
}

// Report-borne evidence dates from its report's verification; a verified report without that date
// (imported history) is dated at the end of its accounting year.
function evidenceDate(report: ComplianceReport): Date {
  return report.verifiedAt ?? new Date(Date.UTC(report.accountingYear, 11, 31))
}

function isCountablePlan(plan: CompliancePlan, pillar: CompliancePillar): boolean {
  return plan.pillar === pillar && Boolean(plan.url?.trim()) && plan.adoptedAt !== null
}

// Only an ACTIVE target meets the stage, but one that replaced another continues it: the stage dates from
// the first target's adoption (or, recorded without one, from when it was recorded).
function targetDate(targets: readonly ComplianceTarget[]): Date | null {
  if (!targets.some((t) => t.status === 'ACTIVE')) return null
  return earliest(targets.map((t) => t.adoptedAt ?? t.createdAt))
}

function gatherEvidence(
  reports: readonly ComplianceReport[],
  targets: readonly ComplianceTarget[],
  now: Date,
) {
  const verified = reports.filter((r) => r.status === 'VERIFIED')
  const isRecent = (r: ComplianceReport) => now.getUTCFullYear() - r.accountingYear <= INVENTORY_VALID_YEARS
  const firstWhere = (test: (r: ComplianceReport) => boolean) =>
    earliest(verified.filter(test).map(evidenceDate))
  const hasInventory = (r: ComplianceReport) =>
    BASIC_REQUIRED_SECTORS.every((sector) => r.inventorySectors.includes(sector))

  const evidence: Evidence = {
    inventoryFirstAt: firstWhere(hasInventory),
    inventoryCurrent: verified.some((r) => hasInventory(r) && isRecent(r)),
    hazardsAt: firstWhere((r) => r.hazardCount > 0),
    targetAt: targetDate(targets),
    vulnerabilityAt: firstWhere(
      (r) => r.vulnerabilityAssessedAt !== null || Boolean(r.vulnerabilityAssessmentUrl?.trim()),
    ),
    adaptationGoalAt: firstWhere((r) => Boolean(r.adaptationGoal?.trim())),
    mitigationPlanAt: firstWhere((r) => r.plans.some((p) => isCountablePlan(p, 'MITIGATION'))),
    adaptationPlanAt: firstWhere((r) => r.plans.some((p) => isCountablePlan(p, 'ADAPTATION'))),
    reportingCurrent: verified.some(isRecent),
  }
  return evidence
}

function stageMetAt(key: StageKey, commitmentDate: Date, e: Evidence): Date | null {
  switch (key) {
    case 'commitment':
      return commitmentDate
    case 'inventory':
      return e.inventoryCurrent ? e.inventoryFirstAt : null
    case 'hazards':
      return e.hazardsAt
    case 'target':
      return e.targetAt
    case 'vulnerability':
      return e.vulnerabilityAt
    case 'actionPlans':
      return e.mitigationPlanAt && e.adaptationPlanAt
        ? latest([e.mitigationPlanAt, e.adaptationPlanAt])
        : null
  }
}

function evaluateStages(commitmentDate: Date, e: Evidence, now: Date): ComplianceStageResult[] {
  return COMPLIANCE_STAGES.map(({ key, label, years }) => {
    const dueDate = years === 0 ? startOfUtcDay(commitmentDate) : addYearsUtc(commitmentDate, years)
    const metAt = stageMetAt(key, commitmentDate, e)
    const status: StageStatus = metAt ? 'met' : isPastDueDay(now, dueDate) ? 'overdue' : 'due'
    const late = metAt !== null && isPastDueDay(metAt, dueDate)
    const lapsed = key === 'inventory' && e.inventoryFirstAt !== null && !e.inventoryCurrent
    return { key, label, dueDate, status, metAt, late, lapsed }
  })
}

function summarise(stages: readonly ComplianceStageResult[]): ComplianceStageValue {
  const met = (...keys: StageKey[]) => keys.every((k) => stages.find((s) => s.key === k)?.status === 'met')
  if (!met('inventory', 'hazards')) return 'COMMITMENT'
  if (!met('target', 'vulnerability')) return 'INVENTORY'
  if (!met('actionPlans')) return 'TARGET'
  return 'ACTION_PLANS'
}

function badge(
  pillar: CompliancePillar,
  label: string,
  pieces: [string, Date | null][],
  stillReporting: boolean,
): ComplianceBadge {
  const missing = pieces.filter(([, at]) => at === null).map(([name]) => name)
  const earned = missing.length === 0
  const lapsed = earned && !stillReporting
  return {
    pillar,
    label,
    awarded: earned && !lapsed,
    awardedAt: earned ? latest(pieces.map(([, at]) => at)) : null,
    lapsed,
    missing,
  }
}

function evaluateBadges(e: Evidence): ComplianceBadge[] {
  const mitigation: [string, Date | null][] = [
    ['GHG inventory', e.inventoryFirstAt],
    ['Target', e.targetAt],
    ['Mitigation plan', e.mitigationPlanAt],
  ]
  const adaptation: [string, Date | null][] = [
    ['Vulnerability assessment', e.vulnerabilityAt],
    ['Adaptation goal', e.adaptationGoalAt],
    ['Adaptation plan', e.adaptationPlanAt],
  ]
  // Mitigation lapses when the inventory goes stale; adaptation when verified reporting stops.
  return [
    badge('MITIGATION', 'Mitigation', mitigation, e.inventoryCurrent),
    badge('ADAPTATION', 'Adaptation', adaptation, e.reportingCurrent),
  ]
}

const noBadges = (): ComplianceBadge[] =>
  evaluateBadges({
    inventoryFirstAt: null,
    inventoryCurrent: false,
    hazardsAt: null,
    targetAt: null,
    vulnerabilityAt: null,
    adaptationGoalAt: null,
    mitigationPlanAt: null,
    adaptationPlanAt: null,
    reportingCurrent: false,
  })

/** Where a municipality stands on the compliance path at `now`. */
export function evaluateCompliance({ pledges, reports, targets, now }: ComplianceInput): ComplianceResult {
  const commitmentDate = findCommitmentDate(pledges)
  if (!commitmentDate) {
    const none = { stage: 'NONE', compliant: false, overdue: false, nextDeadline: null } as const
    return { commitmentDate: null, stages: [], ...none, badges: noBadges() }
  }
  const evidence = gatherEvidence(reports, targets, now)
  const stages = evaluateStages(commitmentDate, evidence, now)
  const stage = summarise(stages)
  return {
    commitmentDate,
    stages,
    stage,
    compliant: stage === 'ACTION_PLANS',
    overdue: stages.some((s) => s.status === 'overdue'),
    nextDeadline: earliest(stages.filter((s) => s.status !== 'met').map((s) => s.dueDate)),
    badges: evaluateBadges(evidence),
  }
}
