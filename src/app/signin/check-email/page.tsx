import type { Metadata } from 'next'
import Link from 'next/link'
import { SIGN_IN_LINK_MAX_AGE_S } from '@/server/auth/config'

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } }

/** Shown after every request for a sign-in link, whether or not the address may sign in. */
export default function CheckEmailPage() {
  const minutes = SIGN_IN_LINK_MAX_AGE_S / 60
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Check your email</h1>
      <p className="mt-4">
        If the address you entered belongs to an official of a member municipality, we have sent it a sign-in
        link. The link works once, within {minutes} minutes.
      </p>
      <p className="mt-4">
        No email after a few minutes? Check your spam folder, then make sure you used the address you signed
        your municipality’s pledge with, or the one our staff confirmed for you.
      </p>
      <p className="mt-4">
        <Link href="/signin?callbackUrl=%2Fportal">Ask for another link</Link>
      </p>
    </div>
  )
}
