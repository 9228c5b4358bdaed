// Experts on call (issue 16): an official asking for help, either side replying, staff assigning.
import { z } from 'zod'
import type { FormState } from '@/lib/form-state'
import {
  ASSISTANCE_STATUS_CODES,
  ASSISTANCE_TOPIC_CODES,
  CONTACT_PREFERENCE_CODES,
} from '@/lib/domain/assistance'
import { hasControlCharacters, stripInvisibleFormatting } from '@/lib/text'
import { recordId } from './id'

export const ASSISTANCE_TEXT_MAX = 5_000

// Line breaks and tabs are kept (a question has paragraphs); other control characters are refused.
const message = (empty: string, label: string) =>
  z
    .string({ error: empty })
    .overwrite(stripInvisibleFormatting)
    .trim()
    .min(1, empty)
    .max(
      ASSISTANCE_TEXT_MAX,
      `${label} must be ${ASSISTANCE_TEXT_MAX.toLocaleString('en-US')} characters or fewer`,
    )
    .refine((v) => !hasControlCharacters(v), `${label} must not contain control characters`)

export const askForHelpSchema = z.object({
  topic: z.enum(ASSISTANCE_TOPIC_CODES, { error: 'Select what you need help with' }),
  question: message('Enter your question', 'Your question'),
  contact: z.enum(CONTACT_PREFERENCE_CODES, { error: 'Select how you would like us to contact you' }),
})

export type AskForHelpInput = z.output<typeof askForHelpSchema>
export type AskForHelpValues = { topic: string; question: string; contact: string }
export type AskForHelpState = FormState<AskForHelpValues, { asked?: string }>

export const memberReplySchema = z.object({
  body: message('Enter your reply', 'Your reply'),
})
export type MemberReplyState = FormState<{ body: string }>

export const staffReplySchema = z.object({
  body: message('Enter your answer', 'The answer'),
})
export type StaffReplyState = FormState<{ body: string }>

export const assignRequestSchema = z.object({ requestId: recordId, assigneeId: recordId })

export const closeRequestSchema = z.object({ requestId: recordId })

/** The staff queue's filter: the open requests (default), one status, or every request. */
export const assistanceQueueFilterSchema = z.enum(['open', 'all', ...ASSISTANCE_STATUS_CODES]).catch('open')
export type AssistanceQueueFilter = z.output<typeof assistanceQueueFilterSchema>
