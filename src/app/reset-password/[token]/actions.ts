'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { resetPasswordSchema, type ResetPasswordState } from '@/schemas/auth'
import { resetPassword } from '@/server/auth/reset-password'

const STATE_MESSAGES = {
  expired: 'This link has expired. Ask for a new one.',
  used: 'This link has already been used. Ask for a new one if you still need it.',
  invalid: 'This link is not valid. Check you copied all of it, or ask for a new one.',
} as const

export async function resetPasswordAction(
  _previous: ResetPasswordState,
  formData: FormData,
): Promise<ResetPasswordState> {
  const token = String(formData.get('token') ?? '')
  const parsed = resetPasswordSchema.safeParse({
    password: formData.get('password') ?? '',
    confirmPassword: formData.get('confirmPassword') ?? '',
  })
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error)
    return {
      fieldErrors: { password: fieldErrors.password?.[0], confirmPassword: fieldErrors.confirmPassword?.[0] },
    }
  }
  const result = await resetPassword({ token, password: parsed.data.password })
  if (!result.ok) return { message: STATE_MESSAGES[result.state] }
  redirect('/signin?reset=1')
}
