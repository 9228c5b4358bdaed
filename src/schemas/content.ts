import type { FormState } from '@/lib/form-state'
import { z } from 'zod'
import { HAZARD_CODES, SOLUTION_SECTOR_CODES } from '@/lib/domain/hazards'
import { hasControlCharacters, stripInvisibleFormatting } from '@/lib/text'
import { COST_BAND_CODES } from './solutions'

export const BODY_MAX = 50_000

/** A database id as it appears in a URL or a hidden field: the one rule of src/schemas/id.ts. */
export { recordId } from './id'

// Browsers send textarea line breaks as CRLF; stored markdown uses LF so revisions compare line by line.
const markdownText = (empty: string, label: string, max = BODY_MAX) =>
  z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n'))
    .pipe(
      z
        .string()
        .refine((v) => v.trim().length > 0, empty)
        .refine((v) => v.length <= max, `${label} must be ${max.toLocaleString('en-US')} characters or fewer`)
        .refine((v) => !hasControlCharacters(v), `${label} must not contain control characters`),
    )

// One line of text (a title, a summary); tabs and line breaks are allowed, other control characters are not.
const line = (label: string, max: number, empty?: string) =>
  z
    .string()
    .overwrite(stripInvisibleFormatting)
    .trim()
    .min(empty ? 1 : 0, empty)
    .max(max, `${label} must be ${max.toLocaleString('en-US')} characters or fewer`)
    .refine((v) => !hasControlCharacters(v), `${label} must not contain control characters`)

const optionalText = (max: number, label: string) => line(label, max).transform((v) => v || null)

/** The content page editor: what a revision holds. */
export const contentRevisionSchema = z.object({
  title: line('The title', 200, 'Enter a title'),
  description: optionalText(300, 'The description'),
  body: markdownText('Enter the text of the page', 'The text'),
  note: optionalText(200, 'The note'),
})
export type ContentRevisionInput = z.infer<typeof contentRevisionSchema>

export const CONTENT_INTENTS = ['preview', 'save', 'publish'] as const
export const contentIntentSchema = z.enum(CONTENT_INTENTS).catch('save')

/** What the editor forms get back: field errors, the values typed, and a preview when asked for. */
export type EditorValues = Record<string, string | string[]>
export type EditorState = FormState<EditorValues, { previewHtml?: string }> | null

/** A new pledge text version: title, preamble (markdown) and the commitments, one per line. */
export const pledgeTextSchema = z.object({
  title: line('The title', 200, 'Enter a title'),
  preamble: markdownText('Enter the preamble', 'The preamble', 5000).transform((v) => v.trim()),
  commitments: z
    .string()
    .transform((v) =>
      v
        .split(/\r\n?|\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .max(1000, 'Each commitment must be 1,000 characters or fewer')
            .refine((v) => !hasControlCharacters(v), 'A commitment must not contain control characters'),
        )
        .min(1, 'Enter at least one commitment')
        .max(20, 'A pledge can have at most 20 commitments'),
    ),
})
export type PledgeTextInput = z.infer<typeof pledgeTextSchema>

// A code ticked twice (a tampered form) is one code: each becomes a row keyed by solution and code.
const unique = (codes: string[]) => [...new Set(codes)]

/** A Solutions Gateway entry. */
export const solutionSchema = z.object({
  title: line('The title', 200, 'Enter a title'),
  summary: line('The summary', 500, 'Enter a summary'),
  body: markdownText('Enter the description', 'The description'),
  costBand: z.enum(COST_BAND_CODES, { error: 'Select a cost band' }),
  coBenefits: line('The co-benefits', 1000, 'Enter the co-benefits'),
  hazards: z
    .array(z.enum(HAZARD_CODES as [string, ...string[]], { error: 'Select hazards from the list' }))
    .min(1, 'Select at least one hazard')
    .transform(unique),
  sectors: z
    .array(z.enum(SOLUTION_SECTOR_CODES as [string, ...string[]], { error: 'Select sectors from the list' }))
    .min(1, 'Select at least one sector')
    .transform(unique),
})
export type SolutionInput = z.infer<typeof solutionSchema>

/** The alt text offered in the markdown snippet of an uploaded image. */
export const imageAltSchema = z
  .string()
  .trim()
  .max(200, 'The description must be 200 characters or fewer')
  .transform((v) => v.replace(/[[\]\n\r\u0000-\u001f\u007f]/g, ' '))
