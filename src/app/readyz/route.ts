import { healthResponse } from '@/server/health/health-response'
import { isDatabaseReady } from '@/server/health/is-database-ready'

// Readiness: the database answers (200) or not (503), asked at most once a second. During an outage cached
// pages keep serving (decision 0012): a 503 here tells nginx and systemd, not visitors. See src/app/healthz.
export const dynamic = 'force-dynamic'

export async function GET() {
  return healthResponse(await isDatabaseReady())
}
