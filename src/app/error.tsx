'use client'

import { OutageNotice } from '@/components/layout/outage-notice'
import { isDatabaseUnavailableDigest } from '@/lib/outage'

// Never shows the error itself: its message may hold internals. The server log has the details.
// A database outage is told apart by its digest (decision 0012): the visitor can only wait, so say so.
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  if (isDatabaseUnavailableDigest(error.digest)) return <OutageNotice />
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">Sorry, something went wrong</h1>
      <p className="mt-4">We could not show this page. Please try again in a few minutes.</p>
      {error.digest && <p className="mt-4 text-sm text-muted">Reference: {error.digest}</p>}
    </div>
  )
}
