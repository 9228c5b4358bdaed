'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { acceptInvitationSchema, type AcceptInvitationState } from '@/schemas/users'
import { anyone, formAction, formText } from '@/server/action'
import { acceptInvitation } from '@/server/users/accept-invitation'

const STATE_MESSAGES = {
  expired: 'This invitation has expired. Ask an administrator to invite you again.',
  used: 'This invitation has already been accepted. Sign in instead.',
  invalid: 'This invitation link is not valid. Check you copied all of it.',
} as const

// Staff choose a password; officials (the hidden `official` field) only confirm and have none to check.
const invitationSchema = z.discriminatedUnion('official', [
  z.object({ official: z.literal('1'), password: z.undefined().catch(undefined) }),
  acceptInvitationSchema.safeExtend({ official: z.literal('') }),
])

/** Staff choose their password; officials only confirm. The link is spent by this, never by opening it. */
export const acceptInvitationAction = formAction({
  guard: anyone,
  read: (): Record<string, never> => ({}),
  secret: (form) => ({
    official: formText(form, 'official', 2),
    password: formText(form, 'password', 1001),
    confirmPassword: formText(form, 'confirmPassword', 1001),
  }),
  schema: invitationSchema,
  rename: { official: 'form' },
  run: async ({ data, form, values }): Promise<NonNullable<AcceptInvitationState>> => {
    const result = await acceptInvitation({ token: formText(form, 'token', 100), password: data.password })
    if (!result.ok)
      return result.state === 'password-required'
        ? { values, fieldErrors: { password: 'Choose a password' } }
        : { values, fieldErrors: {}, formError: STATE_MESSAGES[result.state] }
    // A redirect, not a returned state: without JavaScript the page re-renders and the link is spent by now.
    redirect(`/invitation/accepted?as=${result.role === 'OFFICIAL' ? 'official' : 'staff'}`)
  },
})
