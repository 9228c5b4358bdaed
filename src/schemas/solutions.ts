import { z } from 'zod'
import { HAZARD_CODES, SOLUTION_SECTOR_CODES } from '@/lib/domain/hazards'

export const SOLUTIONS_PAGE_SIZE = 20

// Mirrors the CostBand enum of the schema; shared code cannot import generated Prisma types.
export const COST_BANDS = {
  LOW: 'Low cost',
  MEDIUM: 'Medium cost',
  HIGH: 'High cost',
} as const
export type CostBandCode = keyof typeof COST_BANDS
export const COST_BAND_CODES = Object.keys(COST_BANDS) as [CostBandCode, ...CostBandCode[]]

export function costBandLabel(code: string): string {
  return (COST_BANDS as Record<string, string>)[code] ?? code
}

// Search params arrive as string | string[]; take the first and let a bad value fall back rather than fail.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)
// Text is read from strings, numbers and booleans only; an object (never in a URL) is as good as missing.
const scalar = (v: unknown) => {
  const f = first(v)
  return typeof f === 'string' || typeof f === 'number' || typeof f === 'boolean' ? f : undefined
}
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => first(v) || undefined, z.enum(values).optional()).catch(undefined)

export const solutionQuerySchema = z.object({
  q: z
    .preprocess(
      (v) =>
        String(scalar(v) ?? '')
          .trim()
          .slice(0, 200),
      z.string(),
    )
    .catch(''),
  hazard: optionalEnum(HAZARD_CODES as [string, ...string[]]),
  sector: optionalEnum(SOLUTION_SECTOR_CODES as [string, ...string[]]),
  cost: optionalEnum(COST_BAND_CODES),
  page: z.preprocess((v) => Number(scalar(v) ?? 1), z.number().int().min(1).max(1000)).catch(1),
})

/** The parsed Solutions Gateway query: every field has a usable value whatever the URL held. */
export type SolutionQuery = z.infer<typeof solutionQuerySchema>

/** Parses URL search params; never throws. */
export function parseSolutionQuery(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): SolutionQuery {
  const record = params instanceof URLSearchParams ? Object.fromEntries(params) : params
  return solutionQuerySchema.parse(record)
}
