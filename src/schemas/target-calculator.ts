// The public target calculator's query string (/tools/target-calculator?type=...): a GET form, so a result is a
// shareable address. The figures are checked by the portal's own target rules (parseTargetForm), so the
// calculator accepts exactly the targets an official could save; only the member to compare with is its own.
import { z } from 'zod'
import { slugPattern } from '@/lib/text'
import { GPC_SECTOR_CODES } from '@/lib/domain/gpc'
import type { TargetPathInput, TargetType } from '@/lib/domain/target-path'
import { first, scalar, type SearchParams } from './search-params'
import {
  TYPE_FIELDS,
  parseTargetForm,
  targetTypeSchema,
  type TargetData,
  type TargetFormValues,
} from './targets'

export const CALCULATOR_PATH = '/tools/target-calculator'

/** The figures a calculation takes, in page order (the error summary lists problems in this order). */
export const CALCULATOR_FIGURES = [
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
] as const
export type CalculatorFigure = (typeof CALCULATOR_FIGURES)[number]

/** Every key the calculator reads: `step` marks the type chooser's submission, `q` words to find a member. */
export const CALCULATOR_KEYS = ['type', 'step', ...CALCULATOR_FIGURES, 'member', 'q'] as const
export type CalculatorKey = (typeof CALCULATOR_KEYS)[number]
export type CalculatorField = 'type' | CalculatorFigure | 'q'

/** The query as typed (first value of each key, cut short), to fill the form again. */
export type CalculatorValues = Partial<Record<CalculatorKey, string>>

export type CalculatorQuery = {
  values: CalculatorValues
  type: TargetType | null
  /** The slug of the member to compare with (shape checked only: the page looks it up). */
  member: string | null
  /** Words to find a member by name, when none is chosen yet. */
  memberQuery: string | null
  /** The figures were sent (the figure form, a shared result or the portal's link), so they are checked. */
  submitted: boolean
  fieldErrors: Partial<Record<CalculatorField, string>>
  /** The target to draw, when the figures were sent and are valid. */
  target: TargetPathInput | null
}

const MAX_VALUE = 200

const slugSchema = z.string().regex(slugPattern(200))

const memberQuerySchema = z
  .string()
  .trim()
  .max(100, 'Enter at most 100 characters of the member’s name')
  .refine((v) => !/[\p{Cc}\p{Cf}<>]/u.test(v), 'Enter the member’s name without < > or control characters')
  .refine(
    (v) => v.replace(/[^\p{L}\p{N}]/gu, '').length >= 2,
    'Enter at least 2 letters of the member’s name',
  )

function readValues(params: SearchParams | URLSearchParams): CalculatorValues {
  const record: SearchParams = params instanceof URLSearchParams ? Object.fromEntries(params) : params
  const values: CalculatorValues = {}
  for (const key of CALCULATOR_KEYS) {
    const v = scalar(first(record[key]))
    if (v !== undefined) values[key] = String(v).slice(0, MAX_VALUE)
  }
  return values
}

// The portal's rules want the sectors and gases a target covers; a path does not depend on them.
const coverage = { sectorsCovered: [...GPC_SECTOR_CODES], gasesCovered: ['CO2'], adoptedAt: '' }

/** Whether the type's form has this figure (every type has a target year and may be net zero). */
export const isFigureOf = (type: TargetType, key: CalculatorFigure) =>
  key === 'targetYear' || key === 'netZero' || (TYPE_FIELDS[type] as readonly string[]).includes(key)

function checkFigures(type: TargetType, values: CalculatorValues, now: Date) {
  const form: TargetFormValues = { ...coverage, type }
  for (const key of CALCULATOR_FIGURES) form[key] = values[key] ?? ''
  return parseTargetForm(form, now)
}

const pathInput = (t: TargetData): TargetPathInput => ({
  type: t.type,
  baseYear: t.baseYear,
  baseYearEmissions: t.baseYearEmissions,
  targetYear: t.targetYear,
  reductionPercent: t.reductionPercent,
  targetEmissions: t.targetEmissions,
  baseIntensity: t.baseIntensity,
  baseActivity: t.baseActivity,
  targetActivity: t.targetActivity,
  bauEmissions: t.bauEmissions,
  netZero: t.netZero,
})

/**
 * Reads the calculator's query: never throws; bad figures become messages keyed by field. Fixed-level and
 * baseline-scenario targets may leave the base year out only with a member to compare with, whose first
 * verified inventory then starts the path (as on its profile).
 */
export function parseCalculatorQuery(
  params: SearchParams | URLSearchParams,
  now = new Date(),
): CalculatorQuery {
  const values = readValues(params)
  const fieldErrors: CalculatorQuery['fieldErrors'] = {}
  const typed = targetTypeSchema.safeParse(values.type)
  const type = typed.success ? typed.data : null
  // Figures the type does not have are not on its form: dropped, as the portal's form never sends them.
  if (type !== null) for (const key of CALCULATOR_FIGURES) if (!isFigureOf(type, key)) delete values[key]
  const member = slugSchema.safeParse(values.member).data ?? null
  let memberQuery: string | null = null
  if (member === null && values.q !== undefined && values.q.trim() !== '') {
    const q = memberQuerySchema.safeParse(values.q)
    if (q.success) memberQuery = q.data
    else fieldErrors.q = q.error.issues[0]?.message
  }
  const submitted = CALCULATOR_FIGURES.some((f) => values[f] !== undefined)
  if (type === null && (values.step !== undefined || values.type !== undefined || submitted))
    fieldErrors.type = 'Select the type of target'
  let target: TargetPathInput | null = null
  if (type !== null && submitted) {
    const parsed = checkFigures(type, values, now)
    if (parsed.success) target = pathInput(parsed.data)
    else
      for (const [field, message] of Object.entries(parsed.fieldErrors))
        if ((CALCULATOR_FIGURES as readonly string[]).includes(field))
          fieldErrors[field as CalculatorFigure] ??= message
    if (target !== null && target.baseYear === null && member === null) {
      fieldErrors.baseYear =
        'Enter the base year and its emissions, or compare with a member to start at its first verified inventory'
      target = null
    }
  }
  if (Object.keys(fieldErrors).length > 0) target = null
  return { values, type, member, memberQuery, submitted, fieldErrors, target }
}

/** Whether the query holds input the visitor must correct (answered with status 400). */
export const isInvalidCalculatorQuery = (query: CalculatorQuery) => Object.keys(query.fieldErrors).length > 0

/** The query string of the given values, empty ones left out, in the form's order. */
export function calculatorSearch(values: CalculatorValues): string {
  const search = new URLSearchParams()
  for (const key of CALCULATOR_KEYS) {
    const v = values[key]
    if (v !== undefined && v !== '') search.set(key, v)
  }
  return search.toString()
}

/** A calculator address with the given values. */
export function calculatorHref(values: CalculatorValues, path = CALCULATOR_PATH): string {
  const text = calculatorSearch(values)
  return text ? `${path}?${text}` : path
}

/**
 * The calculator prefilled from a target form's values (the portal's link): the type and the figures that type
 * has, and the member. Once any figure is filled in, every figure of the type is sent, empty or not, so the
 * calculator checks them at once.
 */
export function calculatorHrefFromTargetForm(values: TargetFormValues, member: string): string {
  const typed = targetTypeSchema.safeParse(values.type)
  if (!typed.success) return calculatorHref({ member })
  const search = new URLSearchParams({ type: typed.data })
  const text = (key: string) => {
    const v = values[key]
    return typeof v === 'string' ? v.slice(0, MAX_VALUE) : ''
  }
  const figures = CALCULATOR_FIGURES.filter((key) => key !== 'netZero' && isFigureOf(typed.data, key))
  // A new target's empty form opens the calculator's empty form, not a list of what is missing.
  if (figures.some((key) => text(key).trim() !== '')) for (const key of figures) search.set(key, text(key))
  if (text('netZero') === 'on') search.set('netZero', 'on')
  search.set('member', member)
  return `${CALCULATOR_PATH}?${search.toString()}`
}
