import { z } from 'zod'
import type { FieldErrors } from '@/lib/form-state'
import { CAMPAIGN_SLUG_MAX, slugPattern, stripInvisibleFormatting } from '@/lib/text'
import { STATES } from '@/lib/domain/states'
import { recordId, recordIdWith } from './id'

// Mirrors the MandateType enum of the schema; shared code cannot import generated Prisma types.
export const MANDATE_TYPES = {
  LETTER: 'Signed letter',
  COUNCIL_RESOLUTION: 'Council resolution',
  EXECUTIVE_ORDER: 'Executive order',
} as const
export type MandateTypeCode = keyof typeof MANDATE_TYPES

export const MAX_POPULATION = 10_000_000

// Control characters and angle brackets have no place in a name or title; refusing them keeps
// markup out of emails, exports and the admin screens whatever each of those escapes.
const plainText = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .overwrite(stripInvisibleFormatting)
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`)
    .refine(
      (v) => !/[\p{Cc}\p{Cf}<>]/u.test(v),
      `${capitalise(label)} must not contain < > or control characters`,
    )

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

const stateCode = z
  .string({ error: 'Select a state' })
  .trim()
  .toUpperCase()
  .refine((v) => v in STATES, 'Select a state')

const id = recordId

export const campaignStepSchema = z.object({
  campaign: z
    .string({ error: 'Select a campaign' })
    .trim()
    .regex(slugPattern(CAMPAIGN_SLUG_MAX), 'Select a campaign'),
})

export const chosenMunicipalitySchema = z.object({
  municipalityId: recordIdWith('Select your municipality'),
})

export const newMunicipalitySchema = z.object({
  name: plainText('the municipality’s name', 100),
  state: stateCode,
  population: z.coerce
    .number({ error: 'Enter the population as a number' })
    .int('Enter the population as a whole number')
    .min(1, 'The population must be at least 1')
    .max(MAX_POPULATION, 'The population must be 10,000,000 or fewer'),
})

export const signatoryStepSchema = z.object({
  signatoryName: plainText('your full name', 120),
  signatoryTitle: plainText('your title', 120),
  email: z
    .string({ error: 'Enter your official email address' })
    .trim()
    .min(1, 'Enter your official email address')
    .max(254, 'The email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@city.gov')),
  phone: z
    .string()
    .trim()
    .max(30, 'The phone number must be 30 characters or fewer')
    .refine((v) => v === '' || /^\+?[0-9 ().-]{7,25}(?:\s*(?:x|ext\.?)\s*[0-9]{1,6})?$/i.test(v), {
      message: 'Enter a phone number, like 555 010 0199',
    })
    .optional()
    .transform((v) => v || undefined),
  mandateType: z.enum(Object.keys(MANDATE_TYPES) as [MandateTypeCode, ...MandateTypeCode[]], {
    error: 'Select how your commitment was made',
  }),
})

export const commitmentsStepSchema = z.object({
  pledgeTextId: id,
  agreed: z.array(id).max(50),
})

/** Everything the final submit needs; the server re-checks all of it whatever the steps said. */
export const pledgeSubmissionSchema = z.object({
  campaign: campaignStepSchema.shape.campaign,
  municipality: z.union([
    z.object({ kind: z.literal('existing'), id }),
    newMunicipalitySchema.extend({ kind: z.literal('new') }),
  ]),
  signatory: signatoryStepSchema,
  mandateDocumentId: id.optional(),
  pledgeTextId: id,
  agreed: z.array(id).max(50),
})

export type PledgeSubmission = z.infer<typeof pledgeSubmissionSchema>
export type PledgeSubmissionInput = z.input<typeof pledgeSubmissionSchema>

export const resendSchema = z.object({
  email: signatoryStepSchema.shape.email,
})

/** Field errors keyed by form field name: the first message of each. */
export type { FieldErrors }

export function fieldErrorsOf(error: z.ZodError, prefixMap: Record<string, string> = {}): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String)
    const key = prefixMap[path.join('.')] ?? path[path.length - 1] ?? 'form'
    out[key] ??= issue.message
  }
  return out
}

// Mirrors the RejectionReason enum of the schema, with the words the signatory reads.
export const REJECTION_REASONS = {
  NOT_AN_OFFICIAL: 'the signatory does not appear to be an official of the municipality',
  NOT_A_MUNICIPALITY: 'the place named is not a municipality',
  DUPLICATE: 'the municipality has already signed this pledge',
  INCOMPLETE_MANDATE: 'the mandate is incomplete',
  OFFENSIVE_OR_SPAM: 'the submission was not a genuine pledge',
  OTHER: 'see the note below',
} as const
export type RejectionReasonCode = keyof typeof REJECTION_REASONS

/** What a step's form shows after a refused answer: the errors and the values typed, to fill in again. */
export type StepState = { fieldErrors: FieldErrors; values: Record<string, string | string[]> } | null

/** What the resend form shows after sending: the same answer whether or not the address is known. */
export type ResendState = {
  status: 'sent' | 'invalid'
  fieldErrors?: Record<string, string>
  email?: string
} | null

/** What an email link's button (confirm, withdraw) shows after it was pressed. */
export type LinkActionState = { state: string; municipalityName?: string; campaignName?: string } | null
