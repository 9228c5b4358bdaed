'use client'

import { OutageNotice } from '@/components/layout/outage-notice'
import { isDatabaseUnavailableDigest } from '@/lib/outage'

// The root layout itself failed (it reads the network figures): no stylesheet can be relied on here.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', lineHeight: 1.5 }}>
        <main>
          {isDatabaseUnavailableDigest(error.digest) ? (
            <OutageNotice />
          ) : (
            <>
              <h1>Sorry, something went wrong</h1>
              <p>We could not show this page. Please try again in a few minutes.</p>
              {error.digest && <p>Reference: {error.digest}</p>}
            </>
          )}
        </main>
      </body>
    </html>
  )
}
