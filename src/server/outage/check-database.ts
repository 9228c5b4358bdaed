import 'server-only'
import { env } from '@/lib/env'
import { createDatabaseProbe, type DatabaseProbe } from '@/server/health/database-probe'

// One answer per second at most: the proxy asks on every dynamic request, the database sees one `SELECT 1`.
const FRESH_MS = 1_000
const TIMEOUT_MS = 1_000

let probe: DatabaseProbe | undefined
let last = { up: true, at: 0 }
let pending: Promise<boolean> | undefined

/**
 * Whether PostgreSQL answers, asked at most once a second per process (concurrent callers share one probe).
 * SQLite is a file in the same process: always up.
 */
export async function isDatabaseUp(): Promise<boolean> {
  const { DATABASE_URL, databaseProvider } = env()
  if (databaseProvider !== 'postgres') return true
  if (Date.now() - last.at < FRESH_MS) return last.up
  probe ??= createDatabaseProbe({ url: DATABASE_URL, timeoutMs: TIMEOUT_MS })
  pending ??= probe.check().then((up) => {
    if (up !== last.up)
      console.warn(
        up
          ? '[outage] The database answers again.'
          : '[outage] The database is not answering: dynamic pages answer 503 until it is back.',
      )
    last = { up, at: Date.now() }
    pending = undefined
    return up
  })
  return pending
}
