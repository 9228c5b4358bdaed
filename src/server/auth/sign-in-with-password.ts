import 'server-only'
import { AuthError } from 'next-auth'
import { AppError } from '@/server/errors'
import { signIn } from './config'
import { SIGN_IN_FAILED_MESSAGE } from './verify-staff-credentials'

/**
 * Signs a staff member in. On success Auth.js sets the session cookie and redirects (it throws Next's
 * redirect); on failure one generic refusal, whichever part was wrong.
 */
export async function signInWithPassword({
  email,
  password,
  callbackUrl,
}: {
  email: string
  password: string
  callbackUrl: string
}): Promise<never> {
  try {
    await signIn('credentials', { email, password, redirectTo: callbackUrl })
  } catch (e) {
    if (e instanceof AuthError) throw new AppError('INVALID_INPUT', SIGN_IN_FAILED_MESSAGE)
    throw e
  }
  // signIn redirects on success; reaching here means Auth.js answered without one.
  throw new AppError('INVALID_INPUT', SIGN_IN_FAILED_MESSAGE)
}
