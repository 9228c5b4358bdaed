import Link from 'next/link'
import { TokenPage, readTokenPage, tokenPageMetadata } from '../../_lib/token-page'

export const metadata = tokenPageMetadata('Confirm your pledge')

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token, view, flash } = await readTokenPage('confirm', params)
  // Without JavaScript the button's POST is answered with this page showing what it came to.
  if (flash)
    return <TokenPage kind="confirm" token={token} heading="Confirm your pledge" flashState={flash.state} />
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
    <TokenPage kind="confirm" token={token} heading="Confirm your pledge">
      <p className="max-w-prose">
        Confirm that you signed the {view.pledge?.campaignName} pledge for {view.pledge?.municipalityName}.
        Our staff then review it.
      </p>
    </TokenPage>
  )
}
