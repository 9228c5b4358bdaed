'use server'

import { headers } from 'next/headers'
import { z } from 'zod'
import { forgotPasswordSchema, type ForgotPasswordState } from '@/schemas/auth'
import { requestPasswordReset } from '@/server/auth/request-password-reset'
import { clientIp } from '@/server/rate-limit/client-ip'
import { isAppError, userMessage } from '@/server/errors'

export async function forgotPasswordAction(
  _previous: ForgotPasswordState,
  formData: FormData,
): Promise<ForgotPasswordState> {
  const raw = formData.get('email')
  const email = typeof raw === 'string' ? raw.trim().slice(0, 320) : ''
  const parsed = forgotPasswordSchema.safeParse({ email })
  if (!parsed.success)
    return { email, fieldErrors: { email: z.flattenError(parsed.error).fieldErrors.email?.[0] } }
  try {
    await requestPasswordReset({ email: parsed.data.email, ip: clientIp(await headers()) })
  } catch (e) {
    if (isAppError(e)) return { email, message: userMessage(e) }
    throw e
  }
  return { email, sent: true }
}
