import { TokenPage, readTokenPage, tokenPageMetadata } from '../../_lib/token-page'

export const metadata = tokenPageMetadata('Withdraw a pledge')

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token, view, flash } = await readTokenPage('withdraw', params)
  // Without JavaScript the button's POST is answered with this page showing what it came to.
  if (flash)
    return <TokenPage kind="withdraw" token={token} heading="Withdraw your pledge" flashState={flash.state} />
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
    <TokenPage kind="withdraw" token={token} heading="Withdraw your pledge">
      <p className="max-w-prose">
        Withdraw the {view.pledge?.campaignName} pledge for {view.pledge?.municipalityName}? It will no longer
        be listed; to take part again, someone will need to sign again.
      </p>
    </TokenPage>
  )
}
