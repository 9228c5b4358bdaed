import type { Metadata } from 'next'
import Link from 'next/link'
import { ForgotPasswordForm } from './forgot-password-form'

export const metadata: Metadata = { title: 'Reset your password', robots: { index: false } }

export default function ForgotPasswordPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Reset your password</h1>
      <p className="mt-4">
        Enter the email address of your staff account. We will send you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
      <p className="mt-8">
        <Link href="/signin">Back to sign in</Link>
      </p>
    </div>
  )
}
