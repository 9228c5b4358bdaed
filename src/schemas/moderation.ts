import type { FormState } from '@/lib/form-state'
import { z } from 'zod'
import { CAMPAIGN_SLUG_MAX, hasControlCharacters, slugPattern } from '@/lib/text'
import { recordIdWith } from './id'
import { optionalCount, optionalParam } from './search-params'
import { REJECTION_REASONS, type RejectionReasonCode } from './pledge'

const reasonCodes = Object.keys(REJECTION_REASONS) as [RejectionReasonCode, ...RejectionReasonCode[]]

const pledgeId = recordIdWith('Choose a pledge')

export const NOTE_MAX = 2000

/** The reject form: a coded reason from the list, an optional note for the signatory. */
export const rejectPledgeSchema = z.object({
  pledgeId,
  reason: z.enum(reasonCodes, { error: 'Select a reason for rejecting' }),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, `The note must be ${NOTE_MAX} characters or fewer`)
    .refine((v) => !hasControlCharacters(v), 'The note must not contain control characters')
    .optional()
    .transform((v) => v || undefined),
})

/** Bulk approval: the ticked pledges, at most one page of them. */
export const approveSelectedSchema = z.object({
  pledgeIds: z.array(pledgeId).min(1, 'Select at least one pledge to approve').max(100),
})

/** The queue's query string: the campaign filter and the page. */
export const reviewQueueFilterSchema = z.object({
  campaign: z.string().trim().regex(slugPattern(CAMPAIGN_SLUG_MAX)).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})
export type ReviewQueueFilter = z.infer<typeof reviewQueueFilterSchema>

/** The queue page's query string: the filter, and what the last review did (for the banner). */
export const reviewQueuePageSchema = reviewQueueFilterSchema.extend({
  approved: optionalCount(),
  failed: optionalCount(),
  rejected: optionalParam(),
  problem: optionalParam(),
})
export type ReviewQueuePage = z.output<typeof reviewQueuePageSchema>

export type RejectState = FormState<{ pledgeId: string; reason: string; note: string }> | null
