import { z } from 'zod'
import { isStateCode, stateName } from '@/lib/domain/states'
import { hasControlCharacters, stripInvisibleFormatting } from '@/lib/text'

// Mirrors the PartnerKind enum of the schema, in the order the directory shows them.
export const PARTNER_KINDS = {
  NETWORK_TEAM: 'The network’s technical team',
  UNIVERSITY: 'Universities',
  REGIONAL_AGENCY: 'Regional planning agencies',
  GOVERNMENT_AGENCY: 'State and federal agencies',
  NONPROFIT: 'Nonprofit partners',
} as const
export type PartnerKindCode = keyof typeof PARTNER_KINDS
export const PARTNER_KIND_CODES = Object.keys(PARTNER_KINDS) as [PartnerKindCode, ...PartnerKindCode[]]

const line = (label: string, max: number, empty: string) =>
  z
    .string()
    .overwrite(stripInvisibleFormatting)
    .trim()
    .min(1, empty)
    .max(max, `${label} must be ${max.toLocaleString('en-US')} characters or fewer`)
    .refine((v) => !hasControlCharacters(v), `${label} must not contain control characters`)

const lines = (v: string) =>
  v
    .split(/\r\n?|\n/)
    .map((l) => stripInvisibleFormatting(l).trim())
    .filter(Boolean)

/** The directory entry form's fields as typed. */
export type PartnerValues = {
  name: string
  kind: string
  summary: string
  helpsWith: string
  statesServed: string
  website: string
}

/** A partner or team entry of the experts and partners directory, as staff edit it. */
export const partnerSchema = z.object({
  name: line('The name', 200, 'Enter the name'),
  kind: z.enum(PARTNER_KIND_CODES, { error: 'Select what kind of partner this is' }),
  summary: line('The summary', 500, 'Enter a summary'),
  helpsWith: z
    .string()
    .transform(lines)
    .pipe(
      z
        .array(
          z
            .string()
            .max(200, 'Each item must be 200 characters or fewer')
            .refine((v) => !hasControlCharacters(v), 'An item must not contain control characters'),
        )
        .min(1, 'Enter at least one thing this partner helps with')
        .max(12, 'Enter at most 12 things, one per line'),
    ),
  statesServed: z
    .string()
    .transform((v) => [
      ...new Set(
        v
          .split(/[\s,;]+/)
          .map((s) => s.trim().toUpperCase())
          .filter(Boolean),
      ),
    ])
    .refine((codes) => codes.every(isStateCode), {
      error: 'Enter states as two-letter codes separated by commas, like MN, WI, or leave it empty',
    }),
  website: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
    z
      .url({
        protocol: /^https$/,
        hostname: z.regexes.domain,
        error: 'Enter a website address starting with https://, like https://www.example.edu',
      })
      .max(300, 'The website address must be 300 characters or fewer')
      .optional()
      .transform((v) => v ?? null),
  ),
})
export type PartnerInput = z.infer<typeof partnerSchema>

/** "Nationwide" or the states' names, for the directory. */
export function statesServedLabel(codes: string[]): string {
  return codes.length === 0 ? 'Nationwide' : codes.map(stateName).join(', ')
}
