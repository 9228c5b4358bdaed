import type { Metadata } from 'next'
import { RefusalMessage } from '@/components/layout/refusal-message'

// Rendered per request: the proxy gives it a nonce and its 403 status.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Not allowed', robots: { index: false } }

/**
 * Where a refused server action sends a browser without JavaScript (src/server/action.ts): Next.js renders its
 * own 403 page only with JavaScript (vercel/next.js#62228), so this page is rendered as usual and the proxy
 * answers it with status 403.
 */
export default function Refused() {
  return <RefusalMessage reason="forbidden" />
}
