import { z } from 'zod'
import { hasControlCharacters } from '@/lib/text'

/** A page's search params as Next.js passes them. */
export type SearchParams = Record<string, string | string[] | undefined>

// Search params arrive as string | string[]; take the first and let a bad value fall back rather than fail.
export const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)
// Text is read from strings, numbers and booleans only; an object (never in a URL) is as good as missing.
export const scalar = (v: unknown) => {
  const f = first(v)
  return typeof f === 'string' || typeof f === 'number' || typeof f === 'boolean' ? f : undefined
}

/** One of a list of codes, or undefined for anything else. */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => first(v) || undefined, z.enum(values).optional()).catch(undefined)

/** A page number: a whole number from 1 to max; anything else is page 1. */
export const pageParam = (max = 10_000) =>
  z.preprocess((v) => Number(scalar(v) ?? 1), z.number().int().min(1).max(max)).catch(1)

/** A list page's query string when it holds only the page number. */
export const pageQuerySchema = z.object({ page: pageParam() })

/** A short value such as a banner's code (no control characters), or undefined. */
export const optionalParam = () =>
  z
    .preprocess(
      (v) => scalar(v) || undefined,
      z.coerce
        .string()
        .max(1000)
        .refine((v) => !hasControlCharacters(v))
        .optional(),
    )
    .catch(undefined)

/** A whole number of at least 0 (a count in a banner), or undefined. */
export const optionalCount = () =>
  z.preprocess((v) => scalar(v) || undefined, z.coerce.number().int().min(0).optional()).catch(undefined)

/**
 * Parses a page's search params (a Next.js searchParams object or URLSearchParams) with its schema. Each
 * value is its first one, an empty one is missing, and every field of the schema falls back rather than
 * fails, so a hand-edited URL never answers 500.
 */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  params: SearchParams | URLSearchParams,
): z.output<S> {
  const record: SearchParams = params instanceof URLSearchParams ? Object.fromEntries(params) : params
  const values = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, first(v) || undefined]))
  return schema.parse(values)
}
