import 'server-only'
import { INVENTORY_CELLS, cellName } from '@/lib/domain/report-completeness'
import { MAX_ROWS, cellText, type NotationKeyCode, type ReportValues } from '@/schemas/reports'

const str = (form: FormData, name: string, max = 5000) => String(form.get(name) ?? '').slice(0, max)

function rowIndexes(form: FormData, prefix: string): number[] {
  const found = new Set<number>()
  for (const key of form.keys()) {
    const m = key.match(new RegExp(`^${prefix}-(\\d{1,3})-`))
    if (m && Number(m[1]) < MAX_ROWS) found.add(Number(m[1]))
  }
  return [...found].sort((a, b) => a - b)
}

/** The report form's fields, as strings, in the order of their rows. */
export function readReportForm(form: FormData): ReportValues {
  const inventory: Record<string, string> = {}
  for (const c of INVENTORY_CELLS)
    inventory[cellName(c.sector, c.scope)] = str(form, cellName(c.sector, c.scope), 40)
  const hazards = rowIndexes(form, 'hazard').map((i) => ({
    hazard: str(form, `hazard-${i}-hazard`, 60),
    riskLevel: str(form, `hazard-${i}-riskLevel`, 20),
    expectedImpact: str(form, `hazard-${i}-expectedImpact`),
    vulnerableGroups: str(form, `hazard-${i}-vulnerableGroups`),
    remove: form.get(`hazard-${i}-remove`) === 'yes',
  }))
  const actions = rowIndexes(form, 'action').map((i) => ({
    kind: str(form, `action-${i}-kind`, 20),
    pillar: str(form, `action-${i}-pillar`, 20),
    sector: str(form, `action-${i}-sector`, 60),
    title: str(form, `action-${i}-title`),
    status: str(form, `action-${i}-status`, 20),
    url: str(form, `action-${i}-url`, 1000),
    adoptedAt: str(form, `action-${i}-adoptedAt`, 20),
    remove: form.get(`action-${i}-remove`) === 'yes',
  }))
  return {
    reportingLevel: str(form, 'reportingLevel', 20),
    inventoryBoundary: str(form, 'inventoryBoundary'),
    inventory,
    hazards,
    vulnerabilityAssessmentUrl: str(form, 'vulnerabilityAssessmentUrl', 1000),
    vulnerabilityAssessedAt: str(form, 'vulnerabilityAssessedAt', 20),
    adaptationGoal: str(form, 'adaptationGoal'),
    actions,
  }
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '')

/** The stored report as form values, for the form's first display. */
export function valuesFromReport(r: {
  reportingLevel: string | null
  inventoryBoundary: string | null
  inventory: { sector: string; scope: number; emissions: number | null; notationKey: string | null }[]
  hazards: { hazard: string; riskLevel: string; expectedImpact: string; vulnerableGroups: string }[]
  vulnerabilityAssessmentUrl: string | null
  vulnerabilityAssessedAt: Date | null
  adaptationGoal: string | null
  actions: {
    kind: string
    pillar: string
    sector: string | null
    title: string
    status: string
    url: string | null
    adoptedAt: Date | null
  }[]
}): ReportValues {
  const inventory: Record<string, string> = {}
  for (const e of r.inventory)
    inventory[cellName(e.sector, e.scope)] = cellText({
      emissions: e.emissions,
      notationKey: e.notationKey as NotationKeyCode | null,
    })
  return {
    reportingLevel: r.reportingLevel ?? '',
    inventoryBoundary: r.inventoryBoundary ?? '',
    inventory,
    hazards: r.hazards.map((h) => ({ ...h })),
    vulnerabilityAssessmentUrl: r.vulnerabilityAssessmentUrl ?? '',
    vulnerabilityAssessedAt: isoDay(r.vulnerabilityAssessedAt),
    adaptationGoal: r.adaptationGoal ?? '',
    actions: r.actions.map((a) => ({
      ...a,
      sector: a.sector ?? '',
      url: a.url ?? '',
      adoptedAt: isoDay(a.adoptedAt),
    })),
  }
}
