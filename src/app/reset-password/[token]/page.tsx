import type { Metadata } from 'next'
import Link from 'next/link'
import { checkPasswordResetToken } from '@/server/tokens/check-password-reset-token'
import { ResetPasswordForm } from './reset-password-form'

export const metadata: Metadata = {
  title: 'Choose a new password',
  robots: { index: false },
  // Same-origin, not no-referrer: the latter sends "Origin: null", which Next.js refuses for server actions.
  referrer: 'same-origin',
}

const PROBLEMS = {
  expired: 'This link has expired: links work for one hour.',
  used: 'This link has already been used: each link works once.',
  invalid: 'This link is not valid. Check you copied all of it.',
} as const

type Props = { params: Promise<{ token: string }> }

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params
  // Opening the link spends nothing: mail scanners open links too. Only the form's submission does.
  const state = await checkPasswordResetToken({ token })
  if (state !== 'valid') {
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl">You cannot use this link</h1>
        <p className="mt-4">{PROBLEMS[state]}</p>
        <p className="mt-4">
          <Link href="/forgot-password">Ask for a new link</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Choose a new password</h1>
      <p className="mt-4">Changing your password signs you out on every device.</p>
      <ResetPasswordForm token={token} />
    </div>
  )
}
