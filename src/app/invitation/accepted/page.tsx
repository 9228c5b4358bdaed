import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Invitation accepted', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Where an accepted invitation leads: how this person signs in from now on. */
export default async function InvitationAcceptedPage({ searchParams }: Props) {
  const official = (await searchParams).as === 'official'
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Your account is ready</h1>
      <p className="mt-4">
        {official
          ? 'You can now sign in with a link sent to your email address.'
          : 'You can now sign in with your email address and the password you chose.'}
      </p>
      <p className="mt-4">
        <Link href="/signin">Go to sign in</Link>
      </p>
    </div>
  )
}
