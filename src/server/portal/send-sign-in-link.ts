import 'server-only'
import { env } from '@/lib/env'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'

/**
 * Emails the sign-in link Auth.js made. The link opens our confirmation page on SITE_URL (never the
 * host the request named: a forged Host header must not receive someone's token), which signs in only
 * when its button is pressed, so mail scanners that open links do not spend it.
 */
export async function sendSignInLink({
  identifier,
  url,
  expires,
}: {
  identifier: string
  url: string
  expires: Date
}): Promise<void> {
  const fromAuth = new URL(url).searchParams
  const params = new URLSearchParams({
    token: fromAuth.get('token') ?? '',
    email: fromAuth.get('email') ?? identifier,
    callbackUrl: pathOnly(fromAuth.get('callbackUrl')),
  })
  const link = `${env().SITE_URL}/signin/confirm?${params}`
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000))
  const content = renderEmail({
    paragraphs: [
      'Someone, hopefully you, asked to sign in to the officials’ portal with this email address.',
      `Open the link below and press “Sign in”. The link works once, within ${minutes} minutes.`,
    ],
    actions: [{ label: 'Sign in to the officials’ portal', url: link }],
    footnote: 'If you did not ask for this, you can ignore this email: nobody can sign in without the link.',
  })
  await sendMail({ to: identifier, subject: 'Your sign-in link', ...content })
}

// Auth.js makes the callback URL absolute on the requesting host; only its path is kept.
function pathOnly(value: string | null): string {
  if (!value) return '/portal'
  try {
    const u = new URL(value, 'http://x')
    return `${u.pathname}${u.search}`
  } catch {
    return '/portal'
  }
}
