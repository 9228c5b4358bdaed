// What an annual progress report must hold before staff can verify it. Pure: no zod, no database;
// the portal's submit and the unit tests call the same rules.
import { GPC_SECTORS, type GpcSectorCode } from './gpc'

export type ReportingLevelCode = 'BASIC' | 'BASIC_PLUS'

/**
 * The GPC sector and scope combinations that exist (GPC table 4.1): waste has no scope 2, industrial
 * processes and land use are in-boundary only. `basic` marks the cells a BASIC inventory must fill;
 * BASIC+ must fill every cell.
 */
export const INVENTORY_CELLS: readonly { sector: GpcSectorCode; scope: 1 | 2 | 3; basic: boolean }[] = [
  { sector: 'STATIONARY_ENERGY', scope: 1, basic: true },
  { sector: 'STATIONARY_ENERGY', scope: 2, basic: true },
  { sector: 'STATIONARY_ENERGY', scope: 3, basic: false },
  { sector: 'TRANSPORTATION', scope: 1, basic: true },
  { sector: 'TRANSPORTATION', scope: 2, basic: true },
  { sector: 'TRANSPORTATION', scope: 3, basic: false },
  { sector: 'WASTE', scope: 1, basic: true },
  { sector: 'WASTE', scope: 3, basic: true },
  { sector: 'IPPU', scope: 1, basic: false },
  { sector: 'AFOLU', scope: 1, basic: false },
]

export const cellName = (sector: string, scope: number) => `inv-${sector}-${scope}`
export const cellLabel = (sector: string, scope: number) =>
  `${(GPC_SECTORS as Record<string, string>)[sector] ?? sector}, scope ${scope}`

export function isApplicableCell(sector: string, scope: number): boolean {
  return INVENTORY_CELLS.some((c) => c.sector === sector && c.scope === scope)
}

export function requiredCells(level: ReportingLevelCode) {
  return INVENTORY_CELLS.filter((c) => level === 'BASIC_PLUS' || c.basic)
}

/** The parts of a report (a validated draft or a stored report) that completeness looks at. */
export type CompletenessInput = {
  reportingLevel: ReportingLevelCode | null
  inventory: { sector: string; scope: number; emissions: number | null; notationKey: string | null }[]
  hazards: { expectedImpact: string; vulnerableGroups: string }[]
  actions: { kind: string; title: string; url: string | null; adoptedAt: Date | null }[]
}

/**
 * What a report needs before staff can verify it: a reporting level, every cell that level requires
 * (a figure or a notation key), at least one hazard with its impacts and vulnerable groups, and a
 * link and adoption date for every plan. Returns the problems by field, empty when complete.
 */
export function completenessErrors(report: CompletenessInput): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!report.reportingLevel) errors.reportingLevel = 'Select the reporting level, BASIC or BASIC+'
  else {
    for (const c of requiredCells(report.reportingLevel)) {
      const filled = report.inventory.some(
        (e) =>
          e.sector === c.sector && e.scope === c.scope && (e.emissions !== null || e.notationKey !== null),
      )
      if (!filled)
        errors[cellName(c.sector, c.scope)] =
          `${cellLabel(c.sector, c.scope)}: enter a figure or a notation key (a ${report.reportingLevel === 'BASIC' ? 'BASIC' : 'BASIC+'} inventory needs it)`
    }
  }
  if (report.hazards.length === 0)
    errors['hazard-0-hazard'] = 'Add at least one climate hazard with its risk level'
  report.hazards.forEach((h, i) => {
    if (!h.expectedImpact.trim())
      errors[`hazard-${i}-expectedImpact`] = `Describe the expected impact of hazard ${i + 1}`
    if (!h.vulnerableGroups.trim())
      errors[`hazard-${i}-vulnerableGroups`] = `Name the groups most vulnerable to hazard ${i + 1}`
  })
  report.actions.forEach((a, i) => {
    if (a.kind !== 'PLAN') return
    if (!a.url) errors[`action-${i}-url`] = `Give the link to plan ${i + 1} (“${a.title}”)`
    if (!a.adoptedAt)
      errors[`action-${i}-adoptedAt`] = `Give the adoption date of plan ${i + 1} (“${a.title}”)`
  })
  return errors
}
