import type { Metadata } from 'next'
import Link from 'next/link'
import { portalCallbackUrl } from '@/schemas/portal'
import { EMAIL_PROVIDER_ID } from '@/server/auth/config'

// The token is in this page's address: no referrer leaves it, no search engine keeps it.
export const metadata: Metadata = { title: 'Sign in', robots: { index: false }, referrer: 'no-referrer' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v.slice(0, 400) : '')

/**
 * Where the emailed link lands. Signing in takes a press of the button (a same-site POST to Auth.js's
 * callback, which refuses a GET), so mail scanners that open every link do not spend the single-use token,
 * and another site cannot sign a visitor in with its own link.
 */
export default async function ConfirmSignInPage({ searchParams }: Props) {
  const params = await searchParams
  const token = one(params.token)
  const email = one(params.email)
  if (!token || !email) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl">This sign-in link is incomplete</h1>
        <p className="mt-4">
          Copy the whole link from the email, or{' '}
          <Link href="/signin?callbackUrl=%2Fportal">ask for a new one</Link>.
        </p>
      </div>
    )
  }
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Sign in to the officials’ portal</h1>
      <p className="mt-4">
        You are signing in as <strong>{email}</strong>.
      </p>
      <form method="post" action={`/api/auth/callback/${EMAIL_PROVIDER_ID}`} className="mt-6">
        <input type="hidden" name="callbackUrl" value={portalCallbackUrl(one(params.callbackUrl))} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <button
          type="submit"
          className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Sign in
        </button>
      </form>
    </div>
  )
}
