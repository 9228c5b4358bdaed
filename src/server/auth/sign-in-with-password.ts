import 'server-only'
import { AuthError } from 'next-auth'
import { z } from 'zod'
import { signInSchema, type SignInState } from '@/schemas/auth'
import { signIn } from './config'
import { SIGN_IN_FAILED_MESSAGE } from './verify-staff-credentials'

/**
 * Signs a staff member in from the sign-in form. On success Auth.js sets the session cookie and
 * redirects (it throws Next's redirect); on failure the form gets the one generic message back.
 */
export async function signInWithPassword(formData: FormData): Promise<SignInState> {
  const raw = Object.fromEntries(['email', 'password', 'callbackUrl'].map((k) => [k, formData.get(k) ?? '']))
  const email = typeof raw.email === 'string' ? raw.email.trim().slice(0, 320) : ''
  const parsed = signInSchema.safeParse(raw)
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error)
    return { email, fieldErrors: { email: fieldErrors.email?.[0], password: fieldErrors.password?.[0] } }
  }
  const { password, callbackUrl } = parsed.data
  try {
    await signIn('credentials', { email: parsed.data.email, password, redirectTo: callbackUrl })
  } catch (e) {
    if (e instanceof AuthError) return { email, message: SIGN_IN_FAILED_MESSAGE }
    throw e
  }
  return { email }
}
