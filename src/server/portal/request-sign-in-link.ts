import 'server-only'
import { z } from 'zod'
import { signInLinkSchema, type SignInLinkState } from '@/schemas/portal'
import { EMAIL_PROVIDER_ID, signIn } from '@/server/auth/config'
import { isAppError, userMessage } from '@/server/errors'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'

export type SignInLinkResult = { sent: true } | { sent: false; state: SignInLinkState }

/**
 * The officials' sign-in form: checks the address, counts the request against the per-IP and
 * per-address limits, and asks Auth.js for a link. Auth.js's signIn callback decides whether the
 * address may sign in; either way the answer is the same ("check your email").
 */
export async function requestSignInLink({
  form,
  ip,
}: {
  form: FormData
  ip: string
}): Promise<SignInLinkResult> {
  const raw = { linkEmail: form.get('linkEmail') ?? '', callbackUrl: form.get('callbackUrl') ?? '' }
  const typed = typeof raw.linkEmail === 'string' ? raw.linkEmail.trim().slice(0, 320) : ''
  const parsed = signInLinkSchema.safeParse(raw)
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error)
    return {
      sent: false,
      state: { linkEmail: typed, fieldErrors: { linkEmail: fieldErrors.linkEmail?.[0] } },
    }
  }
  const { linkEmail, callbackUrl } = parsed.data
  try {
    await consumeRateLimit('sign-in-link:ip', ip)
    await consumeRateLimit('sign-in-link:email', linkEmail)
  } catch (e) {
    if (!isAppError(e)) throw e
    return { sent: false, state: { linkEmail: typed, fieldErrors: { linkEmail: userMessage(e) } } }
  }
  const next = await signIn(EMAIL_PROVIDER_ID, { email: linkEmail, redirectTo: callbackUrl, redirect: false })
  // Auth.js answers a failure (the mail server refused, say) with its error page's address.
  if (typeof next === 'string' && /[?&]error=/.test(next)) {
    return {
      sent: false,
      state: {
        linkEmail: typed,
        message: 'We could not send the email just now. Please try again in a few minutes.',
      },
    }
  }
  return { sent: true }
}
