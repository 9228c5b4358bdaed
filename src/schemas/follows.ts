import { z } from 'zod'
import type { FormState } from '@/lib/form-state'

/** The follow form's field as typed (the place travels in a hidden field). */
export type FollowValues = { email: string }
export type FollowState = FormState<FollowValues, { sent?: boolean }>

/** Following a member municipality by email (decision 0023): the address is all we keep. */
export const followSchema = z.object({
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'The email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com')),
})
export type FollowInput = z.infer<typeof followSchema>
