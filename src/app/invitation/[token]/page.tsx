import type { Metadata } from 'next'
import Link from 'next/link'
import { checkInvitation } from '@/server/tokens/check-invitation'
import { AcceptForm } from './accept-form'

export const metadata: Metadata = {
  title: 'Accept your invitation',
  robots: { index: false },
  // Same-origin, not no-referrer: the latter sends "Origin: null", which Next.js refuses for server actions.
  referrer: 'same-origin',
}

const PROBLEMS = {
  expired:
    'This invitation has expired: invitations work for 7 days. Ask an administrator to invite you again.',
  used: 'This invitation has already been accepted: each link works once.',
  invalid: 'This invitation link is not valid. Check you copied all of it.',
} as const

type Props = { params: Promise<{ token: string }> }

export default async function InvitationPage({ params }: Props) {
  const { token } = await params
  // Opening the link spends nothing: mail scanners open links too. Only the form's submission does.
  const invitation = await checkInvitation({ token })
  if (invitation.state !== 'valid') {
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl">You cannot use this invitation</h1>
        <p className="mt-4">{PROBLEMS[invitation.state]}</p>
        <p className="mt-4">
          <Link href="/signin">Go to sign in</Link>
        </p>
      </div>
    )
  }
  const official = invitation.role === 'OFFICIAL'
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Accept your invitation</h1>
      <p className="mt-4">
        {official
          ? `Confirm to activate the account of ${invitation.email}. After that you sign in with a link sent to this address.`
          : `Choose a password for ${invitation.email}. You then sign in with this address and password.`}
      </p>
      <AcceptForm token={token} official={official} />
    </div>
  )
}
