// Brokered introductions between member municipalities (issue 17, decision 0021).
import { z } from 'zod'
import type { FormState } from '@/lib/form-state'
import {
  MUNICIPALITY_SLUG_MAX,
  hasControlCharacters,
  slugPattern,
  stripInvisibleFormatting,
} from '@/lib/text'

export const INTRODUCTION_MESSAGE_MIN = 20
export const INTRODUCTION_MESSAGE_MAX = 2_000
/** Days the other municipality has to answer before the request closes by itself. */
export const INTRODUCTION_ANSWER_DAYS = 14

const slug = z.string().trim().regex(slugPattern(MUNICIPALITY_SLUG_MAX))

/** The request form's fields as typed: the municipality asked, the one asking, the solution, the message. */
export type IntroductionValues = { to: string; from: string; solution: string; message: string }
export type IntroductionState = FormState<IntroductionValues, { sentTo?: string }>

/** An official asking another member municipality's officials for an introduction. */
export const introductionRequestSchema = z.object({
  to: z.string().trim().regex(slugPattern(MUNICIPALITY_SLUG_MAX), 'This municipality cannot be asked'),
  from: z
    .string()
    .trim()
    .regex(slugPattern(MUNICIPALITY_SLUG_MAX), 'Choose the municipality you are asking for'),
  // Empty when asked from a member profile; a solution's slug when asked from an implementation.
  solution: z.union([z.literal(''), slug]),
  message: z
    .string({ error: 'Say what you would like to learn' })
    .transform((v) => stripInvisibleFormatting(v).replace(/\r\n?/g, '\n').trim())
    .pipe(
      z
        .string()
        .min(1, 'Say what you would like to learn')
        .min(
          INTRODUCTION_MESSAGE_MIN,
          `Say a little more: at least ${INTRODUCTION_MESSAGE_MIN} characters, so they know what to expect`,
        )
        .max(
          INTRODUCTION_MESSAGE_MAX,
          `What you would like to learn must be ${INTRODUCTION_MESSAGE_MAX.toLocaleString('en-US')} characters or fewer`,
        )
        .refine(
          (v) => !hasControlCharacters(v),
          'What you would like to learn must not contain control characters',
        ),
    ),
})
export type IntroductionRequest = z.infer<typeof introductionRequestSchema>

/** The answer link's button: the token from the email and the choice made. */
export const introductionAnswerSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  choice: z.enum(['accept', 'decline']),
})
export type IntroductionAnswer = z.infer<typeof introductionAnswerSchema>

/** The portal's "willing to talk about it" switch on one of the municipality's implementations. */
export const willingToTalkSchema = z.object({
  solution: slug,
  willing: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
})
export type WillingToTalk = z.infer<typeof willingToTalkSchema>
