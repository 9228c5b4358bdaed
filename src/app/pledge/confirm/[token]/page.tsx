import type { Metadata } from 'next'
import Link from 'next/link'
import { TokenActionForm } from '@/components/pledge/token-action-form'
import { getPledgeToken } from '@/server/tokens/get-pledge-token'
import { readPledgeFlash } from '@/server/pledges/pledge-flash'
import { confirmAction } from '../../actions'

// The token is in the address: keep it out of search engines and out of other sites' Referer headers
// (same-origin, not no-referrer: the Confirm button's POST needs its Origin header for Next's CSRF check).
export const metadata: Metadata = {
  title: 'Confirm your pledge',
  robots: { index: false },
  referrer: 'same-origin',
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const [view, flash] = await Promise.all([
    getPledgeToken({ token, purpose: 'CONFIRM_PLEDGE' }),
    readPledgeFlash('confirm'),
  ])
  // Without JavaScript the button's POST is answered with this page showing what it came to.
  if (flash) {
    return (
      <div className="max-w-3xl space-y-6">
        <h1 className="text-3xl">Confirm your pledge</h1>
        <TokenActionForm
          kind="confirm"
          token={token}
          label="Confirm"
          action={confirmAction}
          initialState={flash.state}
        />
      </div>
    )
  }
  if (view.state === 'used' && view.pledge && ['PENDING_REVIEW', 'APPROVED'].includes(view.pledge.status)) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">Your email address is confirmed</h1>
        <p className="max-w-prose">
          Thank you. The {view.pledge.campaignName} pledge for {view.pledge.municipalityName} is with our
          staff for review; we email you when it is published.
        </p>
      </div>
    )
  }
  if (view.state !== 'valid') {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">
          {view.state === 'expired'
            ? 'This link has expired'
            : view.state === 'used'
              ? 'This link has already been used'
              : 'This link is not valid'}
        </h1>
        <p className="max-w-prose">
          {view.state === 'used'
            ? 'Your email address is already confirmed, or a newer link replaced this one.'
            : 'Confirmation links work for 48 hours and only once. Check that you copied the whole link.'}
        </p>
        <p>
          <Link href="/pledge/resend">Ask for a new confirmation email</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">Confirm your pledge</h1>
      <p className="max-w-prose">
        Confirm that you signed the {view.pledge?.campaignName} pledge for {view.pledge?.municipalityName}.
        Our staff then review it.
      </p>
      <TokenActionForm kind="confirm" token={token} label="Confirm" action={confirmAction} />
    </div>
  )
}
