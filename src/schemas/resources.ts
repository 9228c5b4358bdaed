import { z } from 'zod'
import type { FormState } from '@/lib/form-state'
import {
  RESOURCE_AUDIENCES,
  RESOURCE_KINDS,
  RESOURCE_STAGE_CODES,
  RESOURCE_TOPIC_CODES,
  type ResourceAudienceCode,
  type ResourceKindCode,
} from '@/lib/domain/resources'
import { hasControlCharacters, slugPattern, stripInvisibleFormatting } from '@/lib/text'
import { recordIdWith } from './id'

export const RESOURCE_KIND_CODES = Object.keys(RESOURCE_KINDS) as [ResourceKindCode, ...ResourceKindCode[]]
export const RESOURCE_AUDIENCE_CODES = Object.keys(RESOURCE_AUDIENCES) as [
  ResourceAudienceCode,
  ...ResourceAudienceCode[],
]
export const RESOURCE_BODY_MAX = 50_000
export const RESOURCE_SLUG_PATTERN = slugPattern(80)

const line = (label: string, max: number, empty?: string) =>
  z
    .string()
    .overwrite(stripInvisibleFormatting)
    .trim()
    .min(empty ? 1 : 0, empty)
    .max(max, `${label} must be ${max.toLocaleString('en-US')} characters or fewer`)
    .refine((v) => !hasControlCharacters(v), `${label} must not contain control characters`)

// Browsers send textarea line breaks as CRLF; stored markdown uses LF so revisions compare line by line.
const markdown = z
  .string()
  .transform((v) => v.replace(/\r\n?/g, '\n'))
  .pipe(
    z
      .string()
      .refine(
        (v) => v.length <= RESOURCE_BODY_MAX,
        `The text must be ${RESOURCE_BODY_MAX.toLocaleString('en-US')} characters or fewer`,
      )
      .refine((v) => !hasControlCharacters(v), 'The text must not contain control characters'),
  )

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date it was last reviewed as YYYY-MM-DD, like 2026-03-31')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && d.getUTCFullYear() >= 2000
  }, 'Enter a real date after 2000, like 2026-03-31')
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => d.getTime() <= Date.now(), 'The review date cannot be in the future')

// A code ticked twice (a tampered form) is one code: each becomes a row keyed by resource and code.
const unique = (codes: string[]) => [...new Set(codes)]

/** The library entry form's fields as typed (checkboxes as lists). */
export type ResourceValues = {
  kind: string
  title: string
  slug: string
  summary: string
  body: string
  url: string
  topics: string[]
  audience: string
  membersOnly: string
  stages: string[]
  reviewedOn: string
  ownerId: string
  note: string
}

export type ResourceState = FormState<ResourceValues, { previewHtml?: string }> | null

/** A guide, a downloadable file or a link to an external tool, as staff edit it (the file itself apart). */
export const resourceSchema = z
  .object({
    kind: z.enum(RESOURCE_KIND_CODES, { error: 'Choose what kind of entry this is' }),
    title: line('The title', 200, 'Enter a title'),
    // Empty: made from the title for a new entry, kept as it is for an existing one.
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(80, 'The address must be 80 characters or fewer')
      .refine(
        (v) => v === '' || RESOURCE_SLUG_PATTERN.test(v),
        'Use lower-case letters, digits and hyphens only, like heat-action-plan-guide, or leave it empty',
      ),
    summary: line('The summary', 500, 'Enter a summary'),
    body: markdown,
    url: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim() : v),
      z.union([
        z.literal(''),
        z
          .url({
            protocol: /^https$/,
            hostname: z.regexes.domain,
            error: 'Enter the tool’s address starting with https://, like https://tool.example.org',
          })
          .max(500, 'The address must be 500 characters or fewer'),
      ]),
    ),
    topics: z
      .array(z.enum(RESOURCE_TOPIC_CODES as [string, ...string[]], { error: 'Select topics from the list' }))
      .min(1, 'Select at least one topic')
      .transform(unique),
    audience: z.enum(RESOURCE_AUDIENCE_CODES, { error: 'Select who this is for' }),
    membersOnly: z.string().transform((v) => v === '1'),
    stages: z
      .array(z.enum(RESOURCE_STAGE_CODES as [string, ...string[]], { error: 'Select stages from the list' }))
      .transform(unique),
    reviewedOn: day,
    ownerId: recordIdWith('Select who keeps this entry current'),
    note: line('The note', 200),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'GUIDE' && v.body.trim() === '')
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'Enter the text of the guide' })
    if (v.kind === 'LINK' && v.url === '')
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'Enter the tool’s address, starting with https://',
      })
  })
  .transform(({ url, note, ...v }) => ({ ...v, url: url || null, note: note || null }))
export type ResourceInput = z.infer<typeof resourceSchema>

export const RESOURCE_INTENTS = ['preview', 'save', 'publish'] as const
export const resourceIntentSchema = z.enum(RESOURCE_INTENTS).catch('save')
