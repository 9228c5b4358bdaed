import { z } from 'zod'
import { HAZARD_CODES, SOLUTION_SECTOR_CODES } from '@/lib/domain/hazards'
import { type SearchParams, optionalEnum, pageParam, parseSearchParams, scalar } from './search-params'

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
  page: pageParam(1000),
})

/** The parsed Solutions Gateway query: every field has a usable value whatever the URL held. */
export type SolutionQuery = z.infer<typeof solutionQuerySchema>

/** Parses URL search params; never throws. */
export function parseSolutionQuery(params: SearchParams | URLSearchParams): SolutionQuery {
  return parseSearchParams(solutionQuerySchema, params)
}

/** The query parameters that express a view: only those that differ from the defaults (page included). */
export function solutionParams(query: SolutionQuery): Record<string, string | undefined> {
  return {
    q: query.q || undefined,
    hazard: query.hazard,
    sector: query.sector,
    cost: query.cost,
    page: query.page > 1 ? String(query.page) : undefined,
  }
}
