// The annual progress report form: what each field accepts and the validation of a draft. Pure code,
// shared by the portal's forms and the server. Reading the form: server/reports/read-report-form.ts;
// what a report needs before it is submitted: lib/domain/report-completeness.ts.
import type { FieldErrors, FormState } from '@/lib/form-state'
import { z } from 'zod'
import { NOTATION_KEYS, type GpcSectorCode } from '@/lib/domain/gpc'
import {
  INVENTORY_CELLS,
  cellLabel,
  cellName,
  type ReportingLevelCode,
} from '@/lib/domain/report-completeness'
import { HAZARDS, SOLUTION_SECTORS } from '@/lib/domain/hazards'
import { hasControlCharacters, stripInvisibleFormatting } from '@/lib/text'
import type { CarrySection } from '@/lib/domain/carried-over'

export const REPORTING_LEVELS = {
  BASIC: 'BASIC: stationary energy and transportation (scopes 1 and 2), waste (scopes 1 and 3)',
  BASIC_PLUS:
    'BASIC+: BASIC, plus industrial processes, agriculture and land use, and scope 3 energy and transport',
} as const satisfies Record<ReportingLevelCode, string>

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
  /** The sections whose carried-over figures the official confirms with this save. */
  confirm?: Partial<Record<CarrySection, boolean>>
}

/**
 * What is still carried over, unconfirmed, from the previous verified report (`fromYear`), as form
 * values: the form marks every field or row whose value is still one of these.
 */
export type CarryOver = {
  fromYear: number
  reportingLevel: string | null
  inventory: Record<string, string> // by cellName
  hazards: HazardValues[]
  actions: ActionValues[]
}

export const MAX_ROWS = 40

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

export type { FieldErrors }

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

/**
 * Checks a form's fields against schemas: each field keeps its first error under its name in the form
 * (`prefix-field` for a row's fields). `optional` takes a blank answer as null.
 */
function fieldChecker<T extends object>(values: T, errors: FieldErrors, prefix?: string) {
  const check = <R>(field: keyof T & string, schema: z.ZodType<R>): R | undefined => {
    const r = schema.safeParse(values[field])
    if (r.success) return r.data
    errors[prefix ? `${prefix}-${field}` : field] ??= r.error.issues[0]?.message ?? 'Check this answer'
    return undefined
  }
  const optional = <R>(field: keyof T & string, schema: z.ZodType<R>): R | null | undefined =>
    String(values[field] ?? '').trim() ? check(field, schema) : null
  return { check, optional }
}

const optionalText = (value: string) => value.trim() || null

function validateHazards(rows: HazardValues[], errors: FieldErrors): DraftHazard[] {
  const out: DraftHazard[] = []
  rows.forEach((row, i) => {
    const blank = !row.hazard && !row.riskLevel && !row.expectedImpact.trim() && !row.vulnerableGroups.trim()
    if (row.remove || blank) return
    const { check } = fieldChecker(row, errors, `hazard-${i}`)
    const hazard = check('hazard', oneOf(HAZARDS, `Select the hazard of row ${i + 1}`))
    const riskLevel = check('riskLevel', oneOf(RISK_LEVELS, `Select the risk level of hazard ${i + 1}`))
    const expectedImpact = check('expectedImpact', plain(`Expected impact ${i + 1}`, 2000))
    const vulnerableGroups = check('vulnerableGroups', plain(`Vulnerable groups ${i + 1}`, 1000))
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
    const { check, optional } = fieldChecker(row, errors, `action-${i}`)
    const n = i + 1
    const kind = check('kind', oneOf(ACTION_KINDS, `Select whether item ${n} is a plan or an action`))
    const pillar = check('pillar', oneOf(PILLARS, `Select the pillar of item ${n}`))
    const title = check(
      'title',
      plain(`The title of item ${n}`, 200).refine((v) => v.length > 0, `Enter the title of item ${n}`),
    )
    const status = check('status', oneOf(ACTION_STATUSES, `Select the status of item ${n}`))
    const sector = optional('sector', oneOf(SOLUTION_SECTORS, `Select a sector from the list for item ${n}`))
    const url = optional('url', httpsUrl)
    const adoptedAt = optional('adoptedAt', day)
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
  const { check, optional } = fieldChecker(values, errors)
  const reportingLevel = values.reportingLevel
    ? (check('reportingLevel', oneOf(REPORTING_LEVELS, 'Select BASIC or BASIC+')) ?? null)
    : null
  const inventory: DraftReport['inventory'] = []
  for (const c of INVENTORY_CELLS) {
    const name = cellName(c.sector, c.scope)
    const parsed = parseCellText(values.inventory[name] ?? '')
    if (!parsed.ok) errors[name] = `${cellLabel(c.sector, c.scope)}: ${parsed.message}`
    else if (parsed.value) inventory.push({ sector: c.sector, scope: c.scope, ...parsed.value })
  }
  const inventoryBoundary = check('inventoryBoundary', plain('The inventory boundary', 1000))
  const hazards = validateHazards(values.hazards, errors)
  const vulnerabilityAssessmentUrl = optional('vulnerabilityAssessmentUrl', httpsUrl)
  const vulnerabilityAssessedAt = optional('vulnerabilityAssessedAt', day)
  const adaptationGoal = check('adaptationGoal', plain('The adaptation goal', 2000))
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

/** `nonce` grows with every answer: the form is keyed by it, so it starts afresh from the answer's values. */
export type ReportFormState = FormState<
  ReportValues,
  { notice?: string; nonce?: number; carry?: CarryOver | null }
> | null

export type CsvUploadState = FormState<
  Record<string, never>,
  { rowErrors?: { row: number; message: string }[] }
> | null
