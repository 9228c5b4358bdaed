import type { Prisma } from '@/server/generated/sqlite/client'
import { addDays, chunk, demoId, BULK } from '../util'
import type { DemoContext, Signatory } from './context'
import { buildInventory, hazardsFor, IMPACTS, VULNERABLE_GROUPS, type InventoryFigure } from './inventory'
import { buildTargets } from './targets'
import { bulkInsert } from '../bulk-insert'

type InventoryRow = InventoryFigure & { id: string; reportId: string }
type HazardRow = {
  id: string
  reportId: string
  hazard: string
  riskLevel: string
  expectedImpact: string
  vulnerableGroups: string
}
type Rows = {
  reports: Prisma.ProgressReportCreateManyInput[]
  inventory: InventoryRow[]
  hazards: HazardRow[]
  actions: Prisma.ClimateActionCreateManyInput[]
  targets: Prisma.TargetCreateManyInput[]
}

const YEAR_MS = 365.25 * 86_400_000
const MITIGATION_ACTIONS = [
  ['BUILDINGS', 'LED street lighting retrofit'],
  ['ENERGY', 'Community solar subscription program'],
  ['TRANSPORT', 'Protected bike lane network, phase 1'],
  ['BUILDINGS', 'Benchmarking ordinance for large buildings'],
  ['WASTE', 'Curbside food scrap collection'],
  ['TRANSPORT', 'Electric transit buses'],
] as const
const ADAPTATION_ACTIONS = [
  ['PUBLIC_HEALTH', 'Cooling centers and heat alert system'],
  ['WATER', 'Green stormwater infrastructure on flood-prone streets'],
  ['LAND_USE', 'Urban tree canopy expansion'],
  ['EMERGENCY_MANAGEMENT', 'Resilience hubs with backup power'],
] as const

/** How far a signatory has gone along the compliance path (0-3 stages), given how long ago it committed. */
function stagesReached(ctx: DemoContext, years: number): number {
  const r = ctx.rng
  if (years < 1)
    return r.weighted([
      [0, 7],
      [1, 3],
    ])
  if (years < 2)
    return r.weighted([
      [0, 2],
      [1, 6],
      [2, 2],
    ])
  if (years < 3)
    return r.weighted([
      [0, 1],
      [1, 2],
      [2, 5],
      [3, 2],
    ])
  return r.weighted([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 10],
  ])
}

type Plan = { stages: number; level: 'BASIC' | 'BASIC_PLUS'; targetReport: number; planReport: number }
const RISKS = [
  ['LOW', 1],
  ['MODERATE', 3],
  ['HIGH', 3],
  ['EXTREME', 1],
] as const

function reportRow(ctx: DemoContext, s: Signatory, plan: Plan, i: number, year: number, submittedAt: Date) {
  const verifiedAt = addDays(submittedAt, ctx.rng.int(10, 40))
  const pending = verifiedAt > ctx.now
  const assessed = plan.targetReport >= 0 && i >= plan.targetReport
  return {
    municipalityId: s.place.id,
    accountingYear: year,
    status: pending ? ('SUBMITTED' as const) : ('VERIFIED' as const),
    reportingLevel: plan.level,
    inventoryBoundary: `City limits of ${s.place.name}`,
    submittedAt,
    verifiedAt: pending ? null : verifiedAt,
    reviewedAt: pending ? null : verifiedAt,
    reviewedById: pending ? null : ctx.rng.pick(ctx.reviewerIds),
    isDemo: true,
    createdAt: addDays(submittedAt, -30),
    vulnerabilityAssessmentUrl: assessed
      ? `https://example.gov/${s.place.slug}/vulnerability-assessment.pdf`
      : null,
    vulnerabilityAssessedAt: assessed ? addDays(submittedAt, -20) : null,
    adaptationGoal: assessed
      ? `Reduce heat and flood risk for the most exposed residents of ${s.place.name} by 2035.`
      : null,
  }
}

/** The two plans once adopted, then one action a year. */
function plansAndActions(
  ctx: DemoContext,
  s: Signatory,
  plan: Plan,
  i: number,
  reportId: string,
  submittedAt: Date,
) {
  const { rng } = ctx
  if (i === plan.planReport) {
    return (['MITIGATION', 'ADAPTATION'] as const).map((pillar) => ({
      reportId,
      kind: 'PLAN' as const,
      pillar,
      status: 'COMPLETED' as const,
      title: `${s.place.name} ${pillar === 'MITIGATION' ? 'Climate Action Plan' : 'Climate Resilience Plan'}`,
      url: `https://example.gov/${s.place.slug}/${pillar.toLowerCase()}-plan.pdf`,
      adoptedAt: addDays(submittedAt, -rng.int(10, 90)),
    }))
  }
  if (plan.planReport < 0 || i < plan.planReport) return []
  const [sector, title] = rng.pick([...MITIGATION_ACTIONS, ...ADAPTATION_ACTIONS])
  const pillar = MITIGATION_ACTIONS.some(([, t]) => t === title)
    ? ('MITIGATION' as const)
    : ('ADAPTATION' as const)
  const status = rng.pick(['PLANNED', 'IN_PROGRESS', 'COMPLETED'] as const)
  return [{ reportId, kind: 'ACTION' as const, pillar, sector, title, status }]
}

/** Verified annual reports for one Compact signatory, following the compliance path with some lapses. */
function reportsFor(ctx: DemoContext, s: Signatory, rows: Rows) {
  const { rng, now } = ctx
  const since = s.compactSince!
  const stages = stagesReached(ctx, (now.getTime() - since.getTime()) / YEAR_MS)
  if (stages === 0) return
  const targetReport = stages >= 2 ? rng.int(0, 1) : -1
  const plan: Plan = {
    stages,
    level: rng.chance(0.55) ? 'BASIC' : 'BASIC_PLUS',
    targetReport,
    planReport: stages >= 3 ? targetReport + rng.int(1, 2) : -1,
  }
  const baseTotal = s.place.population * rng.float(5, 15)
  const hazards = hazardsFor(rng, s.place)
  const stopsAfter = rng.chance(0.08) ? rng.int(2, 4) : 99 // some stop reporting, so their badge lapses
  let submittedAt = addDays(since, rng.int(120, 330))
  const firstYear = submittedAt.getUTCFullYear() - 1
  for (let i = 0; submittedAt < addDays(now, -45) && i < stopsAfter; i++) {
    const id = demoId('r', rows.reports.length)
    rows.reports.push({ id, ...reportRow(ctx, s, plan, i, firstYear + i, submittedAt) })
    const total = baseTotal * Math.pow(1 - rng.float(0.005, 0.03), i)
    for (const e of buildInventory(rng, total, plan.level, s.place.population < 10_000))
      rows.inventory.push({ id: `${id}-${e.sector}-${e.scope}`, reportId: id, ...e })
    for (const hazard of hazards) {
      const expectedImpact = IMPACTS[hazard] ?? IMPACTS.default
      rows.hazards.push({
        id: `${id}-${hazard}`,
        reportId: id,
        hazard,
        riskLevel: rng.weighted(RISKS),
        expectedImpact,
        vulnerableGroups: rng.pick(VULNERABLE_GROUPS),
      })
    }
    if (i === targetReport) {
      const base = { baseYear: firstYear, baseTotal, adoptedAt: submittedAt }
      rows.targets.push(...buildTargets(ctx, s, base, rows.targets.length))
    }
    rows.actions.push(...plansAndActions(ctx, s, plan, i, id, submittedAt))
    submittedAt = addDays(submittedAt, rng.int(330, 400))
  }
}

/** A report in progress for next year: a draft, or one returned to the city with feedback. */
function openReport(ctx: DemoContext, s: Signatory, rows: Rows, status: 'DRAFT' | 'RETURNED') {
  const last = Math.max(
    0,
    ...rows.reports.filter((r) => r.municipalityId === s.place.id).map((r) => r.accountingYear),
  )
  const year = last ? last + 1 : ctx.now.getUTCFullYear() - 1
  const id = demoId('r', rows.reports.length)
  const returned = status === 'RETURNED'
  rows.reports.push({
    id,
    municipalityId: s.place.id,
    accountingYear: year,
    status,
    reportingLevel: 'BASIC',
    isDemo: true,
    submittedAt: returned ? addDays(ctx.now, -ctx.rng.int(20, 60)) : null,
    reviewedAt: returned ? addDays(ctx.now, -ctx.rng.int(2, 15)) : null,
    reviewedById: returned ? ctx.rng.pick(ctx.reviewerIds) : null,
    feedback: returned
      ? 'Transportation scope 1 looks about ten times lower than last year: please check the units (tCO2e, not ktCO2e).'
      : null,
  })
  const total = s.place.population * 8
  for (const e of buildInventory(ctx.rng, total, 'BASIC', true).slice(0, returned ? 99 : 3))
    rows.inventory.push({ id: `${id}-${e.sector}-${e.scope}`, reportId: id, ...e })
}

export async function seedReports(ctx: DemoContext, signatories: Signatory[]) {
  const rows: Rows = { reports: [], inventory: [], hazards: [], actions: [], targets: [] }
  const compact = signatories.filter((s) => s.compactSince)
  for (const s of compact) reportsFor(ctx, s, rows)
  ctx.rng.sample(compact, 30).forEach((s, i) => openReport(ctx, s, rows, i < 18 ? 'DRAFT' : 'RETURNED'))
  const { db } = ctx
  // One transaction per table: SQLite then syncs to disk once rather than once per chunk.
  await db.$transaction(
    chunk(rows.targets, 300).map((data) => db.target.createMany({ data })),
    BULK,
  )
  await db.$transaction(
    chunk(rows.reports, 300).map((data) => db.progressReport.createMany({ data })),
    BULK,
  )
  await bulkInsert(db, 'InventoryEntry', rows.inventory, { sector: 'GpcSector', notationKey: 'NotationKey' })
  await bulkInsert(db, 'HazardAssessment', rows.hazards, { riskLevel: 'RiskLevel' })
  await db.$transaction(
    chunk(rows.actions, 1000).map((data) => db.climateAction.createMany({ data })),
    BULK,
  )
  ctx.log(
    `demo: ${rows.reports.length} reports, ${rows.inventory.length} inventory figures, ${rows.targets.length} targets`,
  )
}
