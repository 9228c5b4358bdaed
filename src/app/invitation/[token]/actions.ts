'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { acceptInvitationSchema, type AcceptInvitationState } from '@/schemas/users'
import { acceptInvitation } from '@/server/users/accept-invitation'

const STATE_MESSAGES = {
  expired: 'This invitation has expired. Ask an administrator to invite you again.',
  used: 'This invitation has already been accepted. Sign in instead.',
  invalid: 'This invitation link is not valid. Check you copied all of it.',
  'password-required': 'Choose a password',
} as const

/** Staff choose their password; officials only confirm. The link is spent by this, never by opening it. */
export async function acceptInvitationAction(
  _: AcceptInvitationState,
  form: FormData,
): Promise<AcceptInvitationState> {
  const token = String(form.get('token') ?? '').slice(0, 100)
  const official = form.get('official') === '1'
  let password: string | undefined
  if (!official) {
    const parsed = acceptInvitationSchema.safeParse({
      password: form.get('password') ?? '',
      confirmPassword: form.get('confirmPassword') ?? '',
    })
    if (!parsed.success) {
      const { fieldErrors } = z.flattenError(parsed.error)
      return {
        fieldErrors: {
          password: fieldErrors.password?.[0],
          confirmPassword: fieldErrors.confirmPassword?.[0],
        },
      }
    }
    password = parsed.data.password
  }
  const result = await acceptInvitation({ token, password })
  if (!result.ok)
    return result.state === 'password-required'
      ? { fieldErrors: { password: STATE_MESSAGES['password-required'] } }
      : { message: STATE_MESSAGES[result.state] }
  // A redirect, not a returned state: without JavaScript the page re-renders and the link is spent by now.
  redirect(`/invitation/accepted?as=${result.role === 'OFFICIAL' ? 'official' : 'staff'}`)
}
