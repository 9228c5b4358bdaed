import { z } from 'zod'
import { hasControlCharacters, stripInvisibleFormatting } from '@/lib/text'
import type { FormState } from '@/lib/form-state'
import { recordIdWith } from './id'

export const ASK_COMMENT_MAX = 1000

/** The ask form's fields as typed (the honeypot and the place and campaign are read apart). */
export type AskValues = { name: string; email: string; comment: string }
export type AskState = FormState<AskValues, { sent?: boolean }>

/** A resident signing "Ask <place> to join <campaign>": name, email, an optional public comment. */
export const askSignatureSchema = z.object({
  name: z
    .string({ error: 'Enter your name' })
    .overwrite(stripInvisibleFormatting)
    .trim()
    .min(1, 'Enter your name')
    .max(200, 'Your name must be 200 characters or fewer')
    .refine((v) => !hasControlCharacters(v) && !/[\r\n]/.test(v), 'Your name must be one line of text'),
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'The email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com')),
  comment: z
    .string()
    .overwrite(stripInvisibleFormatting)
    .trim()
    .max(
      ASK_COMMENT_MAX,
      `Your comment must be ${ASK_COMMENT_MAX.toLocaleString('en-US')} characters or fewer`,
    )
    .refine((v) => !hasControlCharacters(v), 'Your comment must be plain text'),
})
export type AskInput = z.infer<typeof askSignatureSchema>

/** Staff approving or rejecting a public comment from the moderation queue. */
export const askCommentDecisionSchema = z.object({
  signatureId: recordIdWith('We could not find that comment'),
  decision: z.enum(['approve', 'reject']),
})
export type AskCommentDecision = z.infer<typeof askCommentDecisionSchema>
