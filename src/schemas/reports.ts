// The annual progress report form: what each field accepts, the GPC inventory grid, and the rules a
// report must meet before it can be submitted. Pure code, shared by the portal's forms and the server.
import { z } from 'zod'
import { GPC_SECTORS, NOTATION_KEYS, type GpcSectorCode } from '@/lib/domain/gpc'
import { HAZARDS, SOLUTION_SECTORS } from '@/lib/domain/hazards'
import { hasControlCharacters, stripInvisibleFormatting } from '@/lib/text'

export const REPORTING_LEVELS = {
  BASIC: 'BASIC: stationary energy and transportation (scopes 1 and 2), waste (scopes 1 and 3)',
  BASIC_PLUS:
    'BASIC+: BASIC, plus industrial processes, agriculture and land use, and scope 3 energy and transport',
} as const
export type ReportingLevelCode = keyof typeof REPORTING_LEVELS

export const RISK_LEVELS = { LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High', EXTREME: 'Extreme' } as const
export const PILLARS = { MITIGATION: 'Mitigation', ADAPTATION: 'Adaptation' } as const
export const ACTION_KINDS = { PLAN: 'Plan', ACTION: 'Action' } as const
export const ACTION_STATUSES = {
  PLANNED: 'Planned',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
} as const
export const REPORT_STATUSES = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted, awaiting verification',
  VERIFIED: 'Verified',
  RETURNED: 'Returned for changes',
} as const

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

export type NotationKeyCode = keyof typeof NOTATION_KEYS
export type CellValue = { emissions: number | null; notationKey: NotationKeyCode | null }
export type CellParse = { ok: true; value: CellValue | null } | { ok: false; message: string }

export const MAX_EMISSIONS = 1e12
const KEYS = Object.keys(NOTATION_KEYS) as NotationKeyCode[]
const NUMBER = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/

/** A figure in tCO2e and a notation key, each possibly empty: exactly one of them, or neither (empty). */
export function parseCell(figure: string, key: string): CellParse {
  const f = figure.trim()
  const k = key.trim().toUpperCase()
  if (f === '' && k === '') return { ok: true, value: null }
  if (f !== '' && k !== '') return { ok: false, message: 'Enter either a figure or a notation key, not both' }
  if (k !== '') {
    if (!(KEYS as string[]).includes(k))
      return { ok: false, message: 'Use one of the notation keys NO, IE, NE or C' }
    return { ok: true, value: { emissions: null, notationKey: k as NotationKeyCode } }
  }
  if (!NUMBER.test(f)) {
    return /^-/.test(f)
      ? { ok: false, message: 'Emissions cannot be negative' }
      : { ok: false, message: 'Enter emissions as a number of tCO2e, such as 1250.5' }
  }
  const n = Number(f.replace(/,/g, ''))
  if (!Number.isFinite(n) || n > MAX_EMISSIONS)
    return { ok: false, message: 'Emissions must be at most 1,000,000,000,000 tCO2e' }
  return { ok: true, value: { emissions: n, notationKey: null } }
}

/** The grid's one box per cell holds a figure or a key; split it the way parseCell reads it. */
export function parseCellText(text: string): CellParse {
  const t = text.trim()
  if ((KEYS as string[]).includes(t.toUpperCase())) return parseCell('', t)
  if (/[a-z]/i.test(t) && /\d/.test(t))
    return { ok: false, message: 'Enter either a figure or a notation key, not both' }
  if (/^[a-z]+$/i.test(t)) return { ok: false, message: 'Use one of the notation keys NO, IE, NE or C' }
  return parseCell(t, '')
}

export const cellText = (v: CellValue | null | undefined) =>
  v ? (v.notationKey ?? (v.emissions === null ? '' : String(v.emissions))) : ''

// ---------- form values (strings, as typed) ----------

export type HazardValues = {
  hazard: string
  riskLevel: string
  expectedImpact: string
  vulnerableGroups: string
  remove?: boolean
}
export type ActionValues = {
  kind: string
  pillar: string
  sector: string
  title: string
  status: string
  url: string
  adoptedAt: string
  remove?: boolean
}
export type ReportValues = {
  reportingLevel: string
  inventoryBoundary: string
  inventory: Record<string, string> // by cellName
  hazards: HazardValues[]
  vulnerabilityAssessmentUrl: string
  vulnerabilityAssessedAt: string
  adaptationGoal: string
  actions: ActionValues[]
}

export const MAX_ROWS = 40
/** Blank rows offered after the filled ones: adding a row needs no JavaScript. */
export const BLANK_ROWS = 2

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

// ---------- validated draft ----------

export type DraftHazard = {
  hazard: string
  riskLevel: keyof typeof RISK_LEVELS
  expectedImpact: string
  vulnerableGroups: string
}
export type DraftAction = {
  kind: keyof typeof ACTION_KINDS
  pillar: keyof typeof PILLARS
  sector: string | null
  title: string
  status: keyof typeof ACTION_STATUSES
  url: string | null
  adoptedAt: Date | null
}
export type DraftReport = {
  reportingLevel: ReportingLevelCode | null
  inventoryBoundary: string | null
  inventory: ({ sector: GpcSectorCode; scope: number } & CellValue)[]
  hazards: DraftHazard[]
  vulnerabilityAssessmentUrl: string | null
  vulnerabilityAssessedAt: Date | null
  adaptationGoal: string | null
  actions: DraftAction[]
}

export type FieldErrors = Record<string, string>

const plain = (label: string, max: number) =>
  z
    .string()
    .overwrite(stripInvisibleFormatting)
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-US')} characters or fewer`)
    .refine((v) => !/[\p{Cc}<>]/u.test(v.replace(/[\r\n\t]/g, '')), `${label} must not contain < or >`)

const httpsUrl = z
  .string()
  .trim()
  .max(500, 'The link must be 500 characters or fewer')
  .refine((v) => {
    try {
      const u = new URL(v)
      return u.protocol === 'https:' && u.hostname.includes('.')
    } catch {
      return false
    }
  }, 'Enter a link starting with https://, such as https://www.example.gov/climate-plan')

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as year, month and day, such as 2025-03-31')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`)
    // 2025-02-30 parses as March 2: a real date reads back as itself.
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && d.getUTCFullYear() >= 1950
  }, 'Enter a real date after 1950')
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => d.getTime() <= Date.now() + 86_400_000, 'The date cannot be in the future')

const oneOf = <T extends Record<string, string>>(codes: T, message: string) =>
  z.enum(Object.keys(codes) as [keyof T & string, ...(keyof T & string)[]], { error: message })

function check<T>(schema: z.ZodType<T>, value: unknown, field: string, errors: FieldErrors): T | undefined {
  const r = schema.safeParse(value)
  if (r.success) return r.data
  errors[field] ??= r.error.issues[0]?.message ?? 'Check this answer'
  return undefined
}

const optionalText = (value: string) => value.trim() || null

function validateHazards(rows: HazardValues[], errors: FieldErrors): DraftHazard[] {
  const out: DraftHazard[] = []
  rows.forEach((row, i) => {
    const blank = !row.hazard && !row.riskLevel && !row.expectedImpact.trim() && !row.vulnerableGroups.trim()
    if (row.remove || blank) return
    const f = (name: string) => `hazard-${i}-${name}`
    const hazard = check(oneOf(HAZARDS, `Select the hazard of row ${i + 1}`), row.hazard, f('hazard'), errors)
    const riskLevel = check(
      oneOf(RISK_LEVELS, `Select the risk level of hazard ${i + 1}`),
      row.riskLevel,
      f('riskLevel'),
      errors,
    )
    const expectedImpact = check(
      plain(`Expected impact ${i + 1}`, 2000),
      row.expectedImpact,
      f('expectedImpact'),
      errors,
    )
    const vulnerableGroups = check(
      plain(`Vulnerable groups ${i + 1}`, 1000),
      row.vulnerableGroups,
      f('vulnerableGroups'),
      errors,
    )
    if (hazard && riskLevel && expectedImpact !== undefined && vulnerableGroups !== undefined)
      out.push({ hazard, riskLevel, expectedImpact, vulnerableGroups })
  })
  return out
}

function validateActions(rows: ActionValues[], errors: FieldErrors): DraftAction[] {
  const out: DraftAction[] = []
  rows.forEach((row, i) => {
    const blank = [row.kind, row.pillar, row.sector, row.title, row.status, row.url, row.adoptedAt].every(
      (v) => !v.trim(),
    )
    if (row.remove || blank) return
    const f = (name: string) => `action-${i}-${name}`
    const n = i + 1
    const kind = check(
      oneOf(ACTION_KINDS, `Select whether item ${n} is a plan or an action`),
      row.kind,
      f('kind'),
      errors,
    )
    const pillar = check(oneOf(PILLARS, `Select the pillar of item ${n}`), row.pillar, f('pillar'), errors)
    const title = check(
      plain(`The title of item ${n}`, 200).refine((v) => v.length > 0, `Enter the title of item ${n}`),
      row.title,
      f('title'),
      errors,
    )
    const status = check(
      oneOf(ACTION_STATUSES, `Select the status of item ${n}`),
      row.status,
      f('status'),
      errors,
    )
    const sector = row.sector.trim()
      ? check(
          oneOf(SOLUTION_SECTORS, `Select a sector from the list for item ${n}`),
          row.sector,
          f('sector'),
          errors,
        )
      : ''
    const url = row.url.trim() ? check(httpsUrl, row.url, f('url'), errors) : null
    const adoptedAt = row.adoptedAt.trim() ? check(day, row.adoptedAt, f('adoptedAt'), errors) : null
    if (
      kind &&
      pillar &&
      title &&
      status &&
      sector !== undefined &&
      url !== undefined &&
      adoptedAt !== undefined
    )
      out.push({ kind, pillar, sector: sector || null, title, status, url, adoptedAt })
  })
  return out
}

/** A draft may be incomplete, but whatever is filled in must be valid; nothing is saved otherwise. */
export function validateDraft(values: ReportValues): { draft: DraftReport; errors: FieldErrors } {
  const errors: FieldErrors = {}
  const reportingLevel = values.reportingLevel
    ? (check(
        oneOf(REPORTING_LEVELS, 'Select BASIC or BASIC+'),
        values.reportingLevel,
        'reportingLevel',
        errors,
      ) ?? null)
    : null
  const inventory: DraftReport['inventory'] = []
  for (const c of INVENTORY_CELLS) {
    const name = cellName(c.sector, c.scope)
    const parsed = parseCellText(values.inventory[name] ?? '')
    if (!parsed.ok) errors[name] = `${cellLabel(c.sector, c.scope)}: ${parsed.message}`
    else if (parsed.value) inventory.push({ sector: c.sector, scope: c.scope, ...parsed.value })
  }
  const inventoryBoundary = check(
    plain('The inventory boundary', 1000),
    values.inventoryBoundary,
    'inventoryBoundary',
    errors,
  )
  const hazards = validateHazards(values.hazards, errors)
  const vulnerabilityAssessmentUrl = values.vulnerabilityAssessmentUrl.trim()
    ? check(httpsUrl, values.vulnerabilityAssessmentUrl, 'vulnerabilityAssessmentUrl', errors)
    : null
  const vulnerabilityAssessedAt = values.vulnerabilityAssessedAt.trim()
    ? check(day, values.vulnerabilityAssessedAt, 'vulnerabilityAssessedAt', errors)
    : null
  const adaptationGoal = check(
    plain('The adaptation goal', 2000),
    values.adaptationGoal,
    'adaptationGoal',
    errors,
  )
  const actions = validateActions(values.actions, errors)
  return {
    errors,
    draft: {
      reportingLevel,
      inventoryBoundary: optionalText(inventoryBoundary ?? ''),
      inventory,
      hazards,
      vulnerabilityAssessmentUrl: vulnerabilityAssessmentUrl ?? null,
      vulnerabilityAssessedAt: vulnerabilityAssessedAt ?? null,
      adaptationGoal: optionalText(adaptationGoal ?? ''),
      actions,
    },
  }
}

/**
 * What a report needs before staff can verify it: a reporting level, every cell that level requires
 * (a figure or a notation key), at least one hazard with its impacts and vulnerable groups, and a
 * link and adoption date for every plan. Returns the problems by field, empty when complete.
 */
export function completenessErrors(
  report: Pick<DraftReport, 'reportingLevel' | 'inventory' | 'hazards' | 'actions'>,
): FieldErrors {
  const errors: FieldErrors = {}
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

/** The accounting year of a new report: a past or the current year. */
export const accountingYearSchema = (now = new Date()) =>
  z.coerce
    .number({ error: 'Enter the accounting year as a number, such as 2024' })
    .int('Enter the accounting year as a whole number, such as 2024')
    .min(1990, 'The accounting year must be 1990 or later')
    .max(now.getUTCFullYear(), 'The accounting year cannot be in the future')

export const FEEDBACK_MAX = 4000

/** Staff returning a report: the feedback the official will see. */
export const returnReportSchema = z.object({
  feedback: z
    .string()
    .trim()
    .min(1, 'Write what the official needs to change')
    .max(FEEDBACK_MAX, `Feedback must be ${FEEDBACK_MAX.toLocaleString('en-US')} characters or fewer`)
    .refine((v) => !hasControlCharacters(v), 'Feedback must not contain control characters'),
})

export type ReportFormState = {
  values: ReportValues
  errors: FieldErrors
  notice?: string
  nonce: number
} | null

export type CsvUploadState = {
  rowErrors: { row: number; message: string }[]
  formError?: string
} | null
