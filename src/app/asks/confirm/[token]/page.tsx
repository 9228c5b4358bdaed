import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/content/button-styles'
import { getAskConfirmView } from '@/server/asks/get-ask-confirm-view'
import { confirmAskAction } from '../../actions'

// The token is in the address: keep it out of search engines and out of other sites' Referer headers.
export const metadata: Metadata = {
  title: 'Confirm your signature',
  robots: { index: false },
  referrer: 'same-origin',
}

type Props = { params: Promise<{ token: string }> }

/** The emailed confirmation link: opening it changes nothing (mail scanners open links); the button confirms. */
export default async function ConfirmAskPage({ params }: Props) {
  const { token } = await params
  const view = await getAskConfirmView({ token })
  if (view.state !== 'valid') {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">
          {view.state === 'used'
            ? 'This signature is already confirmed'
            : view.state === 'expired'
              ? 'This link has expired'
              : 'This link is not valid'}
        </h1>
        <p>
          See <Link href="/asks">the places residents ask to join</Link>. A link that has expired can be
          replaced by signing again with the same address.
        </p>
      </div>
    )
  }
  const { municipality: place, campaign } = view.signature
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">Confirm your signature</h1>
      <p>
        Confirm that you, {view.signature.name}, ask {place.name}, {place.state} to join {campaign.name}? Your
        signature is counted once you do.
      </p>
      <form action={confirmAskAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass.primary}>
          Confirm my signature
        </button>
      </form>
    </div>
  )
}
