// The four Common Reporting Framework target types: what each needs to draw its path
// (src/lib/domain/target-path.ts) and the checks that make a target meaningful. Shared by the
// portal's target form and the server.
import { issuesByField } from '@/lib/form-state'
import { z } from 'zod'
import { GASES, GPC_SECTORS, type GpcSectorCode } from '@/lib/domain/gpc'
import type { TargetType } from '@/lib/domain/target-path'

export const TARGET_TYPES: Record<TargetType, { label: string; hint: string }> = {
  BASE_YEAR_ABSOLUTE: {
    label: 'Base year target',
    hint: 'Cut total emissions by a percentage from a base year’s emissions.',
  },
  BASE_YEAR_INTENSITY: {
    label: 'Base year intensity target',
    hint: 'Cut emissions per unit (per resident, per dollar of GDP) by a percentage from a base year.',
  },
  FIXED_LEVEL: {
    label: 'Fixed level target',
    hint: 'Reach a set level of emissions (for example net zero) by the target year.',
  },
  BASELINE_SCENARIO: {
    label: 'Baseline scenario target',
    hint: 'Cut emissions by a percentage below a business-as-usual projection for the target year.',
  },
}
export const TARGET_TYPE_CODES = Object.keys(TARGET_TYPES) as TargetType[]

export const GAS_LABELS: Record<(typeof GASES)[number], string> = {
  CO2: 'Carbon dioxide (CO2)',
  CH4: 'Methane (CH4)',
  N2O: 'Nitrous oxide (N2O)',
  HFC: 'Hydrofluorocarbons (HFCs)',
  PFC: 'Perfluorocarbons (PFCs)',
  SF6: 'Sulphur hexafluoride (SF6)',
  NF3: 'Nitrogen trifluoride (NF3)',
}

export const MIN_YEAR = 1990
export const MAX_TARGET_YEAR = 2100

/** The form's fields, in page order (the error summary lists problems in this order). */
export const TARGET_FIELDS = [
  'type',
  'sectorsCovered',
  'gasesCovered',
  'baseYear',
  'baseYearEmissions',
  'intensityUnit',
  'baseIntensity',
  'baseActivity',
  'targetActivity',
  'bauEmissions',
  'targetYear',
  'reductionPercent',
  'targetEmissions',
  'netZero',
  'adoptedAt',
] as const
export type TargetField = (typeof TARGET_FIELDS)[number]

/** Which optional figures each type asks for; the form shows these and the server keeps only these. */
export const TYPE_FIELDS: Record<TargetType, readonly TargetField[]> = {
  BASE_YEAR_ABSOLUTE: ['baseYear', 'baseYearEmissions', 'reductionPercent'],
  BASE_YEAR_INTENSITY: [
    'baseYear',
    'intensityUnit',
    'baseIntensity',
    'baseActivity',
    'targetActivity',
    'baseYearEmissions',
    'reductionPercent',
  ],
  FIXED_LEVEL: ['baseYear', 'baseYearEmissions', 'targetEmissions'],
  BASELINE_SCENARIO: ['baseYear', 'baseYearEmissions', 'bauEmissions', 'reductionPercent'],
}

export type TargetFormValues = Record<string, string | string[]>

/** The submitted form as plain values (for the schema, and to fill the form again after an error). */
export function targetFormValues(form: FormData): TargetFormValues {
  const values: TargetFormValues = {}
  for (const name of TARGET_FIELDS) {
    if (name === 'sectorsCovered' || name === 'gasesCovered')
      values[name] = form.getAll(name).map((v) => String(v).slice(0, 40))
    else values[name] = String(form.get(name) ?? '').slice(0, 200)
  }
  return values
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
// "250,000" and "250 000" are how people write tonnes; commas and spaces are not part of the number.
// "-0" is 0: a negative zero would read back as "0" and be stored as a different number.
const toNumber = (v: unknown) => {
  if (blank(v)) return undefined
  const n = Number(String(v).replace(/[,\s]/g, ''))
  return n === 0 ? 0 : n
}

const optionalNumber = (what: string) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `Enter ${what} as a number` })
      .refine(Number.isFinite, `Enter ${what} as a number`)
      .optional(),
  )

const optionalYear = (what: string) =>
  z.preprocess(
    toNumber,
    z
      .number({ error: `Enter ${what} as a year, like 2015` })
      .int(`Enter ${what} as a year, like 2015`)
      .min(MIN_YEAR, `${what[0]!.toUpperCase()}${what.slice(1)} must be ${MIN_YEAR} or later`)
      .max(MAX_TARGET_YEAR, `${what[0]!.toUpperCase()}${what.slice(1)} must be ${MAX_TARGET_YEAR} or earlier`)
      .optional(),
  )

// Unknown codes are dropped; "at least one" is checked with the other rules, so every problem shows at once.
const codes = <T extends string>(allowed: readonly T[]) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v : blank(v) ? [] : [v]),
    z.array(z.string()).transform((list) => allowed.filter((a) => list.includes(a))),
  )

const plain = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be ${max} characters or fewer`)
    .refine((v) => !/[\p{Cc}\p{Cf}<>]/u.test(v), `${what} must not contain < > or control characters`)
    .optional()
    .transform((v) => v || undefined)

const rawSchema = z.object({
  type: z.enum(TARGET_TYPE_CODES as [TargetType, ...TargetType[]], { error: 'Select the type of target' }),
  sectorsCovered: codes(Object.keys(GPC_SECTORS) as GpcSectorCode[]),
  gasesCovered: codes(GASES),
  baseYear: optionalYear('the base year'),
  baseYearEmissions: optionalNumber('the base year’s emissions'),
  intensityUnit: plain('The unit', 80),
  baseIntensity: optionalNumber('the base year’s intensity'),
  baseActivity: optionalNumber('the base year’s activity'),
  targetActivity: optionalNumber('the target year’s activity'),
  bauEmissions: optionalNumber('the business-as-usual emissions'),
  targetYear: optionalYear('the target year'),
  reductionPercent: optionalNumber('the reduction'),
  targetEmissions: optionalNumber('the target emissions'),
  netZero: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
  adoptedAt: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Enter the date as YYYY-MM-DD')
    // 2024-02-30 parses as March 1: a real date reads back as itself.
    .refine(
      (v) => v === undefined || new Date(`${v}T00:00:00Z`).toJSON()?.startsWith(v) === true,
      'Enter a real date, like 2024-03-31',
    )
    .transform((v) => (v === undefined ? undefined : new Date(`${v}T00:00:00Z`))),
})

type Raw = z.infer<typeof rawSchema>
type Issue = { field: TargetField; message: string }

// What each type must have, beyond the common fields; collected as issues so every problem shows at once.
function requiredFor(v: Raw, now: Date): Issue[] {
  const issues: Issue[] = []
  const need = (field: TargetField, ok: boolean, message: string) => {
    if (!ok) issues.push({ field, message })
  }
  const positive = (field: TargetField, value: number | undefined, what: string) => {
    need(field, value !== undefined, `Enter ${what}`)
    if (value !== undefined)
      need(field, value > 0, `${what[0]!.toUpperCase()}${what.slice(1)} must be more than 0`)
  }
  const fields = TYPE_FIELDS[v.type]
  need('sectorsCovered', v.sectorsCovered.length > 0, 'Select at least one sector the target covers')
  need('gasesCovered', v.gasesCovered.length > 0, 'Select at least one gas the target covers')
  need('targetYear', v.targetYear !== undefined, 'Enter the target year')
  if (v.baseYear !== undefined) {
    need('baseYear', v.baseYear <= now.getUTCFullYear(), 'The base year cannot be in the future')
    if (v.targetYear !== undefined)
      need('targetYear', v.targetYear > v.baseYear, 'The target year must be after the base year')
  }
  if (fields.includes('reductionPercent') && !v.netZero)
    need('reductionPercent', v.reductionPercent !== undefined, 'Enter the reduction as a percentage')
  if (v.reductionPercent !== undefined)
    need(
      'reductionPercent',
      v.reductionPercent >= 0 && v.reductionPercent <= 100,
      'The reduction must be between 0 and 100 %',
    )
  if (v.baseYearEmissions !== undefined)
    need('baseYearEmissions', v.baseYearEmissions >= 0, 'The base year’s emissions cannot be negative')
  switch (v.type) {
    case 'BASE_YEAR_ABSOLUTE':
      need('baseYear', v.baseYear !== undefined, 'Enter the base year')
      positive('baseYearEmissions', v.baseYearEmissions, 'the base year’s emissions')
      break
    case 'BASE_YEAR_INTENSITY':
      need('baseYear', v.baseYear !== undefined, 'Enter the base year')
      need('intensityUnit', v.intensityUnit !== undefined, 'Enter the unit, like tCO2e per resident')
      positive('baseIntensity', v.baseIntensity, 'the base year’s intensity')
      positive('baseActivity', v.baseActivity, 'the base year’s activity')
      positive('targetActivity', v.targetActivity, 'the projected activity in the target year')
      break
    case 'FIXED_LEVEL':
      if (!v.netZero) need('targetEmissions', v.targetEmissions !== undefined, 'Enter the target emissions')
      if (v.targetEmissions !== undefined)
        need('targetEmissions', v.targetEmissions >= 0, 'The target emissions cannot be negative')
      if (v.baseYear !== undefined && v.baseYearEmissions === undefined)
        need('baseYearEmissions', false, 'Enter the base year’s emissions, or leave the base year empty')
      break
    case 'BASELINE_SCENARIO':
      positive('bauEmissions', v.bauEmissions, 'the business-as-usual emissions in the target year')
      if (v.baseYear !== undefined && v.baseYearEmissions === undefined)
        need('baseYearEmissions', false, 'Enter the base year’s emissions, or leave the base year empty')
      break
  }
  return issues
}

/** A target as stored: the type's own figures, every other figure null (a type change clears them). */
export type TargetData = {
  type: TargetType
  sectorsCovered: string
  gasesCovered: string
  baseYear: number | null
  baseYearEmissions: number | null
  targetYear: number
  reductionPercent: number | null
  targetEmissions: number | null
  intensityUnit: string | null
  baseIntensity: number | null
  baseActivity: number | null
  targetActivity: number | null
  bauEmissions: number | null
  netZero: boolean
  adoptedAt: Date | null
}

function toData(v: Raw): TargetData {
  const keep = new Set<TargetField>(TYPE_FIELDS[v.type])
  const pick = <T>(field: TargetField, value: T | undefined) => (keep.has(field) ? (value ?? null) : null)
  return {
    type: v.type,
    sectorsCovered: v.sectorsCovered.join(','),
    gasesCovered: v.gasesCovered.join(','),
    baseYear: pick('baseYear', v.baseYear),
    baseYearEmissions: pick('baseYearEmissions', v.baseYearEmissions),
    targetYear: v.targetYear!,
    // Net zero is a 100 % cut when no percentage was given.
    reductionPercent: keep.has('reductionPercent') ? (v.reductionPercent ?? (v.netZero ? 100 : null)) : null,
    targetEmissions: keep.has('targetEmissions') ? (v.targetEmissions ?? (v.netZero ? 0 : null)) : null,
    intensityUnit: pick('intensityUnit', v.intensityUnit),
    baseIntensity: pick('baseIntensity', v.baseIntensity),
    baseActivity: pick('baseActivity', v.baseActivity),
    targetActivity: pick('targetActivity', v.targetActivity),
    bauEmissions: pick('bauEmissions', v.bauEmissions),
    netZero: v.netZero,
    adoptedAt: v.adoptedAt ?? null,
  }
}

export type TargetParseResult =
  | { success: true; data: TargetData }
  | { success: false; fieldErrors: Partial<Record<TargetField | 'form', string>> }

/** Checks a submitted target form; field errors are keyed by field name, the first message of each. */
export function parseTargetForm(values: TargetFormValues, now = new Date()): TargetParseResult {
  const parsed = rawSchema.safeParse(values)
  if (!parsed.success) {
    const { fieldErrors, formError } = issuesByField(parsed.error)
    return { success: false, fieldErrors: formError ? { ...fieldErrors, form: formError } : fieldErrors }
  }
  const fieldErrors: Partial<Record<TargetField | 'form', string>> = {}
  if (parsed.data.adoptedAt && parsed.data.adoptedAt.getTime() > now.getTime())
    fieldErrors.adoptedAt = 'The adoption date cannot be in the future'
  for (const { field, message } of requiredFor(parsed.data, now)) fieldErrors[field] ??= message
  if (Object.keys(fieldErrors).length > 0) return { success: false, fieldErrors }
  return { success: true, data: toData(parsed.data) }
}

/** A stored target as form values, to edit it. */
export function targetToFormValues(t: TargetData): TargetFormValues {
  const s = (n: number | null) => (n === null ? '' : String(n))
  return {
    type: t.type,
    sectorsCovered: t.sectorsCovered.split(',').filter(Boolean),
    gasesCovered: t.gasesCovered.split(',').filter(Boolean),
    baseYear: s(t.baseYear),
    baseYearEmissions: s(t.baseYearEmissions),
    intensityUnit: t.intensityUnit ?? '',
    baseIntensity: s(t.baseIntensity),
    baseActivity: s(t.baseActivity),
    targetActivity: s(t.targetActivity),
    bauEmissions: s(t.bauEmissions),
    targetYear: String(t.targetYear),
    reductionPercent: s(t.reductionPercent),
    targetEmissions: s(t.targetEmissions),
    netZero: t.netZero ? 'on' : '',
    adoptedAt: t.adoptedAt ? t.adoptedAt.toISOString().slice(0, 10) : '',
  }
}

export const targetTypeSchema = z.enum(TARGET_TYPE_CODES as [TargetType, ...TargetType[]])
