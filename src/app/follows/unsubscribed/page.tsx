import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusNote } from '@/components/ui/status-note'

export const metadata: Metadata = { title: 'Unsubscribed', robots: { index: false } }

// Rendered per request like the other /follows pages, with the proxy's nonce (decision 0013).
export const dynamic = 'force-dynamic'

/** Where the unsubscribe button and the last unfollow end: the address is forgotten. */
export default function UnsubscribedPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">You are unsubscribed</h1>
      <StatusNote>
        We will not email this address about the places it followed, and we no longer keep it.
      </StatusNote>
      <p>
        You can follow a place again from its page in the <Link href="/members">member directory</Link>.
      </p>
    </div>
  )
}
