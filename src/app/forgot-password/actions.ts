'use server'

import { headers } from 'next/headers'
import { forgotPasswordSchema, type ForgotPasswordState } from '@/schemas/auth'
import { anyone, formAction, formText } from '@/server/action'
import { requestPasswordReset } from '@/server/auth/request-password-reset'
import { clientIp } from '@/server/rate-limit/client-ip'

/** Sends a reset link when the address has an account; the answer is the same either way. */
export const forgotPasswordAction = formAction({
  guard: anyone,
  read: (form) => ({ email: formText(form, 'email', 320).trim() }),
  schema: forgotPasswordSchema,
  run: async ({ data, values }): Promise<ForgotPasswordState> => {
    await requestPasswordReset({ email: data.email, ip: clientIp(await headers()) })
    return { values, fieldErrors: {}, sent: true }
  },
})
