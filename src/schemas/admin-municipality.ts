import type { FormState as BaseFormState } from '@/lib/form-state'
import { z } from 'zod'
import { isStateCode } from '@/lib/domain/states'
import {
  MUNICIPALITY_SLUG_MAX,
  hasControlCharacters,
  slugPattern,
  stripInvisibleFormatting,
} from '@/lib/text'

export const MUNICIPALITY_PAGE_SIZE = 25

export const BOUNDARY_TYPES = {
  CITY: 'City',
  TOWN: 'Town',
  VILLAGE: 'Village',
  BOROUGH: 'Borough',
  TOWNSHIP: 'Township',
  COUNTY: 'County',
  CONSOLIDATED: 'Consolidated city-county',
  OTHER: 'Other',
} as const
export type BoundaryTypeCode = keyof typeof BOUNDARY_TYPES
const boundaryCodes = Object.keys(BOUNDARY_TYPES) as [BoundaryTypeCode, ...BoundaryTypeCode[]]

const slug = z
  .string()
  .trim()
  .regex(slugPattern(MUNICIPALITY_SLUG_MAX), 'Enter a slug of lower-case letters, digits and hyphens')

/** The search form's query string; anything malformed is dropped rather than shown as an error. */
export const municipalitySearchSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .refine((v) => !hasControlCharacters(v))
    .optional()
    .catch(undefined),
  state: z.string().trim().toUpperCase().refine(isStateCode).optional().catch(undefined),
  members: z
    .union([z.literal('1'), z.literal(true).transform(() => '1' as const)])
    .optional()
    .catch(undefined)
    .transform((v) => v === '1'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})
// Raw query-string values: the schema drops what it does not accept.
export type MunicipalitySearch = { q?: string; state?: string; members?: string | boolean; page?: unknown }

// Empty form fields mean "not known": they clear the value rather than fail.
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optionalText = (max: number, label: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .overwrite(stripInvisibleFormatting)
      .trim()
      .max(max, `${label} must be ${max} characters or fewer`)
      .refine((v) => !hasControlCharacters(v), `${label} must not contain control characters`)
      .optional()
      .transform((v) => v ?? null),
  )
const optionalNumber = (inner: z.ZodNumber) =>
  z.preprocess(
    (v) => {
      const b = blank(v)
      return typeof b === 'string' ? Number(b.replace(/,/g, '').trim()) : b
    },
    inner.optional().transform((v) => v ?? null),
  )
const thisYear = () => new Date().getUTCFullYear()

/** The facts staff may edit; the slug stays as it is so public addresses keep working. */
export const municipalityFactsSchema = z
  .object({
    name: z
      .string()
      .overwrite(stripInvisibleFormatting)
      .trim()
      .min(1, 'Enter the name of the municipality')
      .max(120, 'The name must be 120 characters or fewer')
      .refine((v) => !hasControlCharacters(v), 'The name must not contain control characters'),
    state: z.string().trim().toUpperCase().refine(isStateCode, 'Select a state'),
    county: optionalText(120, 'The county'),
    population: optionalNumber(
      z
        .number({ error: 'Enter the population as a whole number, like 12,500' })
        .int('Enter the population as a whole number, like 12,500')
        .min(0, 'The population cannot be negative')
        .max(50_000_000, 'The population must be 50,000,000 or less'),
    ),
    populationYear: optionalNumber(
      z
        .number({ error: 'Enter the year as four digits, like 2020' })
        .int('Enter the year as four digits, like 2020')
        .min(1790, 'The year must be 1790 or later')
        .refine((y) => y <= thisYear(), 'The year cannot be in the future'),
    ),
    website: z.preprocess(
      blank,
      z
        .url({
          protocol: /^https$/,
          hostname: z.regexes.domain,
          error: 'Enter a website address starting with https://, like https://www.example.gov',
        })
        .max(300, 'The website address must be 300 characters or fewer')
        .optional()
        .transform((v) => v ?? null),
    ),
    boundaryType: z.enum(boundaryCodes, { error: 'Select a boundary type' }),
    latitude: optionalNumber(
      z
        .number({ error: 'Enter the latitude as a number, like 44.26' })
        .min(-90, 'The latitude must be between -90 and 90')
        .max(90, 'The latitude must be between -90 and 90'),
    ),
    longitude: optionalNumber(
      z
        .number({ error: 'Enter the longitude as a number, like -72.58' })
        .min(-180, 'The longitude must be between -180 and 180')
        .max(180, 'The longitude must be between -180 and 180'),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.population !== null && v.populationYear === null)
      ctx.addIssue({
        code: 'custom',
        path: ['populationYear'],
        message: 'Enter the year of the population figure',
      })
    if ((v.latitude === null) !== (v.longitude === null)) {
      const missing = v.latitude === null ? 'latitude' : 'longitude'
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'Enter both latitude and longitude, or neither',
      })
    }
  })
export type MunicipalityFacts = z.output<typeof municipalityFactsSchema>
export const FACT_FIELDS = [
  'name',
  'state',
  'county',
  'population',
  'populationYear',
  'website',
  'boundaryType',
  'latitude',
  'longitude',
] as const

// 2024-02-30 parses as March 1: a real date reads back as itself.
const isRealDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v)
}

const isoDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD, like 2024-03-31')
  .refine(isRealDay, 'Enter a real date, like 2024-03-31')
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => d.getTime() <= Date.now(), 'The date cannot be in the future')

/** Marking or unmarking a member by hand; a member has a date it joined. */
export const membershipSchema = z.discriminatedUnion('isMember', [
  z.object({ isMember: z.literal('1'), memberSince: isoDay }),
  z.object({ isMember: z.literal('0') }),
])

/** Merging a duplicate into the municipality it duplicates (both by slug). */
export const mergeSchema = z
  .object({
    duplicateSlug: slug,
    targetSlug: z.string().trim().min(1, 'Enter the slug of the municipality to keep').pipe(slug),
  })
  .refine((v) => v.duplicateSlug !== v.targetSlug, {
    path: ['targetSlug'],
    message: 'A municipality cannot be merged into itself',
  })

// ---- CSV ----

export const MUNICIPALITY_CSV_COLUMNS = [
  'slug',
  'name',
  'state',
  'county',
  'population',
  'population_year',
  'boundary_type',
  'website',
  'latitude',
  'longitude',
  'is_member',
  'member_since',
] as const
export type MunicipalityCsvColumn = (typeof MUNICIPALITY_CSV_COLUMNS)[number]
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_ROWS = 20_000

// CSV column -> form field, so one schema checks both.
const CSV_TO_FIELD: Partial<Record<MunicipalityCsvColumn, (typeof FACT_FIELDS)[number]>> = {
  name: 'name',
  state: 'state',
  county: 'county',
  population: 'population',
  population_year: 'populationYear',
  boundary_type: 'boundaryType',
  website: 'website',
  latitude: 'latitude',
  longitude: 'longitude',
}
export const FIELD_TO_CSV = Object.fromEntries(
  Object.entries(CSV_TO_FIELD).map(([column, field]) => [field, column]),
) as Record<(typeof FACT_FIELDS)[number], MunicipalityCsvColumn>

/** One CSV row as the import reads it: the facts, plus the slug and, optionally, membership. */
export const municipalityCsvRowSchema = z
  .object({
    slug,
    facts: municipalityFactsSchema,
    is_member: z.preprocess(blank, z.enum(['true', 'false'], { error: 'Enter true or false' }).optional()),
    member_since: z.preprocess(blank, isoDay.optional()),
  })
  .superRefine((v, ctx) => {
    if (v.is_member === 'true' && !v.member_since)
      ctx.addIssue({ code: 'custom', path: ['member_since'], message: 'Enter the date it became a member' })
    if (v.is_member !== 'true' && v.member_since)
      ctx.addIssue({
        code: 'custom',
        path: ['member_since'],
        message: 'Only members have a date they joined',
      })
  })

/** Reads one CSV record (header -> cell) into the row schema's shape. */
export function csvRecordToInput(record: Record<string, string>) {
  const facts: Record<string, string | undefined> = {}
  for (const [column, field] of Object.entries(CSV_TO_FIELD)) facts[field] = record[column]
  facts.boundaryType ||= 'CITY'
  return {
    slug: record.slug ?? '',
    facts,
    ...('is_member' in record ? { is_member: record.is_member } : {}),
    ...('member_since' in record ? { member_since: record.member_since } : {}),
  }
}

export type FormState = BaseFormState<
  Record<string, string>,
  { message?: string; saved?: boolean; conflicts?: string[] }
> | null

export type ImportProblem = { row: number; column: string; message: string }
export type ImportState = BaseFormState<
  { filename: string },
  { problems?: ImportProblem[]; applied?: { created: number; updated: number; unchanged: number } }
> | null
