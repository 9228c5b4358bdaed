import type { Metadata } from 'next'
import { TokenActionForm } from '@/components/pledge/token-action-form'
import { getPledgeToken } from '@/server/tokens/get-pledge-token'
import { readPledgeFlash } from '@/server/pledges/pledge-flash'
import { withdrawAction } from '../../actions'

// The token is in the address: keep it out of search engines and out of other sites' Referer headers
// (same-origin, not no-referrer: the Confirm button's POST needs its Origin header for Next's CSRF check).
export const metadata: Metadata = {
  title: 'Withdraw a pledge',
  robots: { index: false },
  referrer: 'same-origin',
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const [view, flash] = await Promise.all([
    getPledgeToken({ token, purpose: 'WITHDRAW_PLEDGE' }),
    readPledgeFlash('withdraw'),
  ])
  // Without JavaScript the button's POST is answered with this page showing what it came to.
  if (flash) {
    return (
      <div className="max-w-3xl space-y-6">
        <h1 className="text-3xl">Withdraw your pledge</h1>
        <TokenActionForm
          kind="withdraw"
          token={token}
          label="Withdraw the pledge"
          action={withdrawAction}
          initialState={flash.state}
        />
      </div>
    )
  }
  const withdrawn = view.pledge?.status === 'WITHDRAWN' || view.pledge?.status === 'REJECTED'
  if (view.state !== 'valid' || withdrawn) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">
          {withdrawn
            ? 'This pledge is no longer live'
            : view.state === 'expired'
              ? 'This link has expired'
              : 'This link is not valid'}
        </h1>
        <p className="max-w-prose">If you need help withdrawing a pledge, reply to any email we sent you.</p>
      </div>
    )
  }
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">Withdraw your pledge</h1>
      <p className="max-w-prose">
        Withdraw the {view.pledge?.campaignName} pledge for {view.pledge?.municipalityName}? It will no longer
        be listed; to take part again, someone will need to sign again.
      </p>
      <TokenActionForm kind="withdraw" token={token} label="Withdraw the pledge" action={withdrawAction} />
    </div>
  )
}
