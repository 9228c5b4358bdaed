import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/content/button-styles'
import { formatEventSpan } from '@/lib/domain/zoned-time'
import { getCancelView } from '@/server/events/get-cancel-view'
import { cancelRegistrationAction } from '../../actions'

// The token is in the address: keep it out of search engines and out of other sites' Referer headers.
export const metadata: Metadata = {
  title: 'Cancel your registration',
  robots: { index: false },
  referrer: 'same-origin',
}

type Props = { params: Promise<{ token: string }> }

/** The emailed cancel link: opening it changes nothing (mail scanners open links); the button cancels. */
export default async function CancelRegistrationPage({ params }: Props) {
  const { token } = await params
  const view = await getCancelView({ token })
  if (view.state !== 'valid') {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">
          {view.state === 'used'
            ? 'This registration is already cancelled'
            : view.state === 'expired'
              ? 'This link has expired'
              : 'This link is not valid'}
        </h1>
        <p>
          See the <Link href="/events">network events</Link>. If you need help, reply to any email we sent
          you.
        </p>
      </div>
    )
  }
  const { event } = view
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">
        {view.status === 'REGISTERED' ? 'Cancel your place' : 'Leave the waiting list'}
      </h1>
      <p>
        {view.status === 'REGISTERED' ? 'Cancel your place at' : 'Leave the waiting list of'}{' '}
        <Link href={`/events/${event.slug}`}>{event.title}</Link>,{' '}
        {formatEventSpan(event.startsAt, event.endsAt, event.timeZone)}?
        {view.status === 'REGISTERED' && ' Your place goes to the first person on the waiting list.'}
      </p>
      <form action={cancelRegistrationAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass.primary}>
          {view.status === 'REGISTERED' ? 'Cancel my place' : 'Leave the waiting list'}
        </button>
      </form>
    </div>
  )
}
