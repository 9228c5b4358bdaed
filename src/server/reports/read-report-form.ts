import 'server-only'
import { INVENTORY_CELLS, cellName } from '@/lib/domain/report-completeness'
import { CARRY_SECTIONS, confirmFieldName } from '@/lib/domain/carried-over'
import {
  MAX_ROWS,
  cellText,
  type ActionValues,
  type CarryOver,
  type HazardValues,
  type NotationKeyCode,
  type ReportValues,
} from '@/schemas/reports'

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
    confirm: Object.fromEntries(
      CARRY_SECTIONS.map((section) => [section, form.get(confirmFieldName(section)) === 'yes']),
    ),
  }
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '')

type StoredHazard = { hazard: string; riskLevel: string; expectedImpact: string; vulnerableGroups: string }
type StoredAction = {
  kind: string
  pillar: string
  sector: string | null
  title: string
  status: string
  url: string | null
  adoptedAt: Date | null
}
type StoredCell = { sector: string; scope: number; emissions: number | null; notationKey: string | null }

const hazardValues = (h: StoredHazard): HazardValues => ({
  hazard: h.hazard,
  riskLevel: h.riskLevel,
  expectedImpact: h.expectedImpact,
  vulnerableGroups: h.vulnerableGroups,
})
const actionValues = (a: StoredAction): ActionValues => ({
  kind: a.kind,
  pillar: a.pillar,
  sector: a.sector ?? '',
  title: a.title,
  status: a.status,
  url: a.url ?? '',
  adoptedAt: isoDay(a.adoptedAt),
})
function inventoryValues(cells: StoredCell[]): Record<string, string> {
  const inventory: Record<string, string> = {}
  for (const e of cells)
    inventory[cellName(e.sector, e.scope)] = cellText({
      emissions: e.emissions,
      notationKey: e.notationKey as NotationKeyCode | null,
    })
  return inventory
}

/** The stored report as form values, for the form's first display. */
export function valuesFromReport(r: {
  reportingLevel: string | null
  inventoryBoundary: string | null
  inventory: StoredCell[]
  hazards: StoredHazard[]
  vulnerabilityAssessmentUrl: string | null
  vulnerabilityAssessedAt: Date | null
  adaptationGoal: string | null
  actions: StoredAction[]
}): ReportValues {
  return {
    reportingLevel: r.reportingLevel ?? '',
    inventoryBoundary: r.inventoryBoundary ?? '',
    inventory: inventoryValues(r.inventory),
    hazards: r.hazards.map(hazardValues),
    vulnerabilityAssessmentUrl: r.vulnerabilityAssessmentUrl ?? '',
    vulnerabilityAssessedAt: isoDay(r.vulnerabilityAssessedAt),
    adaptationGoal: r.adaptationGoal ?? '',
    actions: r.actions.map(actionValues),
  }
}

const unconfirmed = <T extends { origin: string }>(rows: T[]) =>
  rows.filter((r) => r.origin === 'CARRIED_OVER')

/** What the stored report still carries over unconfirmed, as form values; null when nothing is. */
export function carryFromReport(r: {
  prefilledFrom: number | null
  reportingLevel: string | null
  reportingLevelOrigin: string
  inventory: (StoredCell & { origin: string })[]
  hazards: (StoredHazard & { origin: string })[]
  actions: (StoredAction & { origin: string })[]
}): CarryOver | null {
  if (r.prefilledFrom === null) return null
  const carry: CarryOver = {
    fromYear: r.prefilledFrom,
    reportingLevel: r.reportingLevelOrigin === 'CARRIED_OVER' ? r.reportingLevel : null,
    inventory: inventoryValues(unconfirmed(r.inventory)),
    hazards: unconfirmed(r.hazards).map(hazardValues),
    actions: unconfirmed(r.actions).map(actionValues),
  }
  const count =
    (carry.reportingLevel ? 1 : 0) +
    Object.keys(carry.inventory).length +
    carry.hazards.length +
    carry.actions.length
  return count > 0 ? carry : null
}
