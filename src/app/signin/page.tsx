import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { safeCallbackUrl } from '@/schemas/auth'
import { portalCallbackUrl } from '@/schemas/portal'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { EmailLinkForm } from './email-link-form'
import { SignInForm } from './signin-form'

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

const NOTICES = {
  signedOut: 'You have signed out.',
  reset: 'Your password has been changed. Sign in with your new password.',
}

// Auth.js sends a failed email-link sign-in back here with an error code (a Map: "__proto__" is no code).
const LINK_ERRORS = new Map([
  [
    'Verification',
    'That sign-in link has expired or has already been used. Enter your email below and we will send a new one.',
  ],
  [
    'AccessDenied',
    'That address can no longer sign in to the officials’ portal. If you think this is a mistake, contact us.',
  ],
])

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams
  const callbackUrl = safeCallbackUrl(params.callbackUrl)
  const forPortal = callbackUrl === '/portal' || callbackUrl.startsWith('/portal/')
  const notice = params.signedOut === '1' ? NOTICES.signedOut : params.reset === '1' ? NOTICES.reset : null
  const error = typeof params.error === 'string' ? (LINK_ERRORS.get(params.error) ?? null) : null
  const user = await getCurrentUser()
  if (user && user.role !== 'OFFICIAL') redirect(callbackUrl)
  if (user && forPortal) redirect(callbackUrl)
  // An official already signed in who follows the header's "Sign in" goes on to the portal.
  if (user && params.callbackUrl === undefined) redirect('/portal')
  return (
    <div className="max-w-2xl">
      {notice && (
        <p role="status" className="mb-6 border-l-4 border-brand-600 bg-brand-50 p-4">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="mb-6 border-l-4 border-red-700 bg-red-50 p-4 font-semibold">
          {error}
        </p>
      )}
      <h1 className="text-3xl">Sign in</h1>
      <section aria-labelledby="officials-heading" className="mt-8">
        <h2 id="officials-heading" className="text-2xl">
          Officials of member municipalities
        </h2>
        <p className="mt-2">
          We email you a link that signs you in to the officials’ portal, where you set your municipality’s
          targets and report its progress. No password needed.
        </p>
        <EmailLinkForm callbackUrl={portalCallbackUrl(callbackUrl)} />
      </section>
      <section aria-labelledby="staff-heading" className="mt-12 border-t-2 border-gray-300 pt-8">
        <h2 id="staff-heading" className="text-2xl">
          Staff
        </h2>
        <p className="mt-2">Staff sign in with the email address and password of their account.</p>
        <SignInForm callbackUrl={forPortal ? '/admin' : callbackUrl} />
        <p className="mt-8">
          <Link href="/forgot-password">Forgot your password?</Link>
        </p>
      </section>
    </div>
  )
}
