import 'server-only'
import { EMAIL_PROVIDER_ID, signIn } from '@/server/auth/config'
import { AppError } from '@/server/errors'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'

/**
 * The officials' sign-in link: counts the request against the per-IP and per-address limits (a 429
 * AppError), and asks Auth.js for a link. Auth.js's signIn callback decides whether the address may
 * sign in; either way the answer is the same ("check your email").
 */
export async function requestSignInLink({
  linkEmail,
  callbackUrl,
  ip,
}: {
  linkEmail: string
  callbackUrl: string
  ip: string
}): Promise<void> {
  await consumeRateLimit('sign-in-link:ip', ip)
  await consumeRateLimit('sign-in-link:email', linkEmail)
  const next = await signIn(EMAIL_PROVIDER_ID, { email: linkEmail, redirectTo: callbackUrl, redirect: false })
  // Auth.js answers a failure (the mail server refused, say) with its error page's address.
  if (typeof next === 'string' && /[?&]error=/.test(next))
    throw new AppError(
      'UNAVAILABLE',
      'We could not send the email just now. Please try again in a few minutes.',
    )
}
