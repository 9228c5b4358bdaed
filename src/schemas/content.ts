import { z } from 'zod'
import { HAZARD_CODES, SOLUTION_SECTOR_CODES } from '@/lib/domain/hazards'
import { COST_BAND_CODES } from './solutions'

export const BODY_MAX = 50_000

/** A database id as it appears in a URL or a hidden field (cuid, or the e2e and demo ids). */
export const recordId = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{5,60}$/i, 'We could not find that')

// Browsers send textarea line breaks as CRLF; stored markdown uses LF so revisions compare line by line.
const markdownText = (empty: string, label: string, max = BODY_MAX) =>
  z
    .string()
    .transform((v) => v.replace(/\r\n?/g, '\n'))
    .pipe(
      z
        .string()
        .refine((v) => v.trim().length > 0, empty)
        .refine(
          (v) => v.length <= max,
          `${label} must be ${max.toLocaleString('en-US')} characters or fewer`,
        ),
    )

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString('en-US')} characters or fewer`)
    .transform((v) => v || null)

/** The content page editor: what a revision holds. */
export const contentRevisionSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(200, 'The title must be 200 characters or fewer'),
  description: optionalText(300, 'The description'),
  body: markdownText('Enter the text of the page', 'The text'),
  note: optionalText(200, 'The note'),
})
export type ContentRevisionInput = z.infer<typeof contentRevisionSchema>

export const CONTENT_INTENTS = ['preview', 'save', 'publish'] as const
export type ContentIntent = (typeof CONTENT_INTENTS)[number]
export const contentIntentSchema = z.enum(CONTENT_INTENTS).catch('save')

/** What the editor forms get back: field errors, the values typed, and a preview when asked for. */
export type EditorState = {
  fieldErrors: Record<string, string>
  values: Record<string, string | string[]>
  previewHtml?: string
} | null

/** A new pledge text version: title, preamble (markdown) and the commitments, one per line. */
export const pledgeTextSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(200, 'The title must be 200 characters or fewer'),
  preamble: markdownText('Enter the preamble', 'The preamble', 5000).transform((v) => v.trim()),
  commitments: z
    .string()
    .transform((v) =>
      v
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(1000, 'Each commitment must be 1,000 characters or fewer'))
        .min(1, 'Enter at least one commitment')
        .max(20, 'A pledge can have at most 20 commitments'),
    ),
})
export type PledgeTextInput = z.infer<typeof pledgeTextSchema>

/** A Solutions Gateway entry. */
export const solutionSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(200, 'The title must be 200 characters or fewer'),
  summary: z
    .string()
    .trim()
    .min(1, 'Enter a summary')
    .max(500, 'The summary must be 500 characters or fewer'),
  body: markdownText('Enter the description', 'The description'),
  costBand: z.enum(COST_BAND_CODES, { error: 'Select a cost band' }),
  coBenefits: z
    .string()
    .trim()
    .min(1, 'Enter the co-benefits')
    .max(1000, 'The co-benefits must be 1,000 characters or fewer'),
  hazards: z
    .array(z.enum(HAZARD_CODES as [string, ...string[]], { error: 'Select hazards from the list' }))
    .min(1, 'Select at least one hazard'),
  sectors: z
    .array(z.enum(SOLUTION_SECTOR_CODES as [string, ...string[]], { error: 'Select sectors from the list' }))
    .min(1, 'Select at least one sector'),
})
export type SolutionInput = z.infer<typeof solutionSchema>

/** The alt text offered in the markdown snippet of an uploaded image. */
export const imageAltSchema = z
  .string()
  .trim()
  .max(200, 'The description must be 200 characters or fewer')
  .transform((v) => v.replace(/[[\]\n\r]/g, ' '))

/** Turns zod issues into one message per field (the first), keyed by the field's name. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) out[String(issue.path[0] ?? 'form')] ??= issue.message
  return out
}
