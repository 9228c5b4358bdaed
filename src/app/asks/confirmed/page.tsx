import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Your signature', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const slug = (v: unknown) => (typeof v === 'string' && /^[a-z0-9-]{1,200}$/.test(v) ? v : null)

/** Where the confirmation button leads: what happened, and the way back to the petition. */
export default async function AskConfirmedPage({ searchParams }: Props) {
  const q = await searchParams
  const place = slug(q.place)
  const campaign = slug(q.campaign)
  if (place && campaign) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">Thank you: your signature is confirmed</h1>
        <p>It is counted now. We email you once more, when the council signs.</p>
        <p>
          <Link href={`/asks/${place}/${campaign}`}>See the petition</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl">
        {q.state === 'used'
          ? 'This signature is already confirmed'
          : q.state === 'expired'
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
