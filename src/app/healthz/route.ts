import { healthResponse } from '@/server/health/health-response'

// Liveness: the process answers through Next.js's handler, the part that serves pages (no database).
// Route handlers rather than a path answered in scripts/server.mjs before Next.js: /readyz must ask the
// database the way the app does (the proxy's probe, src/lib/env.ts), and a check answered before Next.js would
// stay green while the handler behind it is broken. Neither path is in the proxy's matcher (no guard runs),
// both render per request (never in the Next.js cache), and no request is logged at info (decision 0014).
export const dynamic = 'force-dynamic'

export function GET() {
  return healthResponse(true)
}
