import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/content/button-styles'
import { getFollowConfirmView } from '@/server/follows/get-follow-confirm-view'
import { confirmFollowAction } from '../../actions'

// The token is in the address: keep it out of search engines and out of other sites' Referer headers.
export const metadata: Metadata = {
  title: 'Confirm you want to follow a place',
  robots: { index: false },
  referrer: 'same-origin',
}

type Props = { params: Promise<{ token: string }> }

/** The emailed confirm link: opening it changes nothing (mail scanners open links); the button confirms. */
export default async function ConfirmFollowPage({ params }: Props) {
  const { token } = await params
  const view = await getFollowConfirmView({ token })
  if (view.state !== 'valid') {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">
          {view.state === 'used'
            ? 'This link has already been used'
            : view.state === 'expired'
              ? 'This link has expired'
              : 'This link is not valid'}
        </h1>
        <p>
          To follow a place, use the form on its page in the <Link href="/members">member directory</Link>: we
          email you a new link.
        </p>
      </div>
    )
  }
  const { place } = view
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">Follow {place.name}</h1>
      <p>
        Confirm, and we email you at most once a day when{' '}
        <Link href={`/members/${place.slug}`}>{place.name}</Link> signs or withdraws a pledge, has a report
        verified, sets a target, earns a badge or misses a deadline. Every email has a link to unsubscribe.
      </p>
      <form action={confirmFollowAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass.primary}>
          Confirm: follow {place.name}
        </button>
      </form>
    </div>
  )
}
