import type { Metadata } from 'next'
import { RefusalMessage } from '@/components/layout/refusal-message'
import { safeCallbackUrl } from '@/schemas/auth'

// Rendered per request: the proxy gives it a nonce and its status (401 signed out, 403 otherwise).
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Not allowed', robots: { index: false } }

/**
 * Where a refused form post without JavaScript is sent (src/server/action.ts, src/proxy.ts): Next.js renders
 * its own 401/403 pages only with JavaScript (vercel/next.js#62228), so this page is rendered as usual and the
 * proxy sets the status. A signed-out caller gets a sign-in link back to the page they posted from.
 */
export default async function Refused({
  searchParams,
}: {
  searchParams: Promise<{ as?: string | string[]; from?: string | string[] }>
}) {
  const { as, from } = await searchParams
  if (as !== 'signed-out') return <RefusalMessage reason="forbidden" />
  const back = safeCallbackUrl(from, '/')
  return (
    <RefusalMessage
      reason="signed-out"
      signIn={back === '/' ? '/signin' : `/signin?callbackUrl=${encodeURIComponent(back)}`}
    />
  )
}
