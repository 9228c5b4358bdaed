import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/content/button-styles'

// The token is in the address: keep it out of search engines and out of other sites' Referer headers.
export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false }, referrer: 'same-origin' }

type Props = { params: Promise<{ token: string }> }

/**
 * The unsubscribe link opened in a browser: opening it changes nothing (mail scanners open links). Its button is
 * a plain form posting `List-Unsubscribe=One-Click` to this same address, the RFC 8058 request a mail provider
 * sends (answered by ./one-click/route.ts through the proxy), so both unsubscribe the same way.
 */
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">Unsubscribe</h1>
      <p>
        Stop all emails about the places this address follows? We delete the address and every place it
        follows. To stop following only some places, use the link to manage them in any of our emails.
      </p>
      <form method="post" action={`/follows/unsubscribe/${encodeURIComponent(token)}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <input type="hidden" name="via" value="page" />
        <button type="submit" className={buttonClass.primary}>
          Unsubscribe from every place
        </button>
      </form>
      <p>
        <Link href="/members">Back to the member directory</Link>
      </p>
    </div>
  )
}
