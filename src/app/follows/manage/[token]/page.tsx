import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/content/button-styles'
import { StatusNote } from '@/components/ui/status-note'
import { getFollowManageView } from '@/server/follows/get-follow-manage-view'
import { unfollowAllAction, unfollowPlaceAction } from '../../actions'

// The secret link from an email is the only key to this page: out of search engines and other sites' Referer.
export const metadata: Metadata = {
  title: 'The places you follow',
  robots: { index: false },
  referrer: 'same-origin',
}

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Every place the link's address follows, each with a button to stop; rendered per request, never cached. */
export default async function ManageFollowsPage({ params, searchParams }: Props) {
  const [{ token }, { unfollowed }] = await Promise.all([params, searchParams])
  const view = await getFollowManageView({ token })
  if (view.state !== 'valid') {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">This link is not valid</h1>
        <p>
          It may have expired, or this address follows no place any more. To follow a place, use the form on
          its page in the <Link href="/members">member directory</Link>.
        </p>
      </div>
    )
  }
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">The places you follow</h1>
      {unfollowed === '1' && <StatusNote>You no longer follow that place.</StatusNote>}
      <p>
        Emails about these places go to <strong>{view.email}</strong>, at most one a day.
      </p>
      <ul className="divide-y divide-slate-300 border-y border-slate-300">
        {view.follows.map((f) => (
          <li key={f.id} className="flex flex-wrap items-center justify-between gap-4 py-3">
            <span>
              <Link href={`/members/${f.slug}`}>
                {f.name}, {f.stateCode}
              </Link>
              {!f.confirmed && <span> (waiting for you to confirm by the emailed link)</span>}
            </span>
            <form action={unfollowPlaceAction}>
              <input type="hidden" name="token" value={token} />
              <input type="hidden" name="follow" value={f.id} />
              <button type="submit" className={buttonClass.secondary}>
                Unfollow<span className="sr-only"> {f.name}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form action={unfollowAllAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass.secondary}>
          Unfollow every place and forget this address
        </button>
      </form>
    </div>
  )
}
