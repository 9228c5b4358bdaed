import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { safeCallbackUrl } from '@/schemas/auth'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { SignInForm } from './signin-form'

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

const NOTICES = {
  signedOut: 'You have signed out.',
  reset: 'Your password has been changed. Sign in with your new password.',
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams
  const callbackUrl = safeCallbackUrl(params.callbackUrl)
  const notice = params.signedOut === '1' ? NOTICES.signedOut : params.reset === '1' ? NOTICES.reset : null
  const user = await getCurrentUser()
  if (user && user.role !== 'OFFICIAL') redirect(callbackUrl)
  return (
    <div className="max-w-2xl">
      {notice && (
        <p role="status" className="mb-6 border-l-4 border-brand-600 bg-brand-50 p-4">
          {notice}
        </p>
      )}
      <h1 className="text-3xl">Sign in</h1>
      <p className="mt-4">Staff sign in with the email address and password of their account.</p>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-8">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </div>
  )
}
