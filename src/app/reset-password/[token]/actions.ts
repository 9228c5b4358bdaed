'use server'

import { redirect } from 'next/navigation'
import { resetPasswordSchema, type ResetPasswordState } from '@/schemas/auth'
import { anyone, formAction, formText } from '@/server/action'
import { resetPassword } from '@/server/auth/reset-password'

const STATE_MESSAGES = {
  expired: 'This link has expired. Ask for a new one.',
  used: 'This link has already been used. Ask for a new one if you still need it.',
  invalid: 'This link is not valid. Check you copied all of it, or ask for a new one.',
} as const

/** Sets a new password from the emailed link; the link is spent by this, never by opening it. */
export const resetPasswordAction = formAction({
  guard: anyone,
  read: (): Record<string, never> => ({}),
  secret: (form) => ({
    password: formText(form, 'password', 1001),
    confirmPassword: formText(form, 'confirmPassword', 1001),
  }),
  schema: resetPasswordSchema,
  run: async ({ data, form, values }): Promise<NonNullable<ResetPasswordState>> => {
    const result = await resetPassword({ token: formText(form, 'token', 200), password: data.password })
    if (!result.ok) return { values, fieldErrors: {}, formError: STATE_MESSAGES[result.state] }
    redirect('/signin?reset=1')
  },
})
