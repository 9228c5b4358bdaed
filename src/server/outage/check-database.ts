import 'server-only'
import type { Pool } from 'pg'
import { env } from '@/lib/env'

// One answer per second at most: the proxy asks on every dynamic request, the database sees one `SELECT 1`.
const FRESH_MS = 1_000
const TIMEOUT_MS = 1_000

let pool: Pool | undefined
let last = { up: true, at: 0 }
let pending: Promise<boolean> | undefined

async function probe(url: string): Promise<boolean> {
  if (!pool) {
    const pg = (await import('pg')).default
    // A connection of its own, apart from the app's pool: a pool busy with slow queries is not an outage.
    pool = new pg.Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: TIMEOUT_MS,
      idleTimeoutMillis: 60_000,
      query_timeout: TIMEOUT_MS,
    })
    // An idle connection closed by the server (restart, pg_terminate_backend): the next probe opens another.
    pool.on('error', () => {})
  }
  try {
    await pool.query('SELECT 1')
    return true
  } catch {
    return false
  }
}

/**
 * Whether PostgreSQL answers, asked at most once a second per process (concurrent callers share one probe).
 * SQLite is a file in the same process: always up.
 */
export async function isDatabaseUp(): Promise<boolean> {
  const { DATABASE_URL, databaseProvider } = env()
  if (databaseProvider !== 'postgres') return true
  if (Date.now() - last.at < FRESH_MS) return last.up
  pending ??= probe(DATABASE_URL).then((up) => {
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
