import 'server-only'
import { env } from '@/lib/env'
import { isDatabaseUp } from '@/server/outage/check-database'
import { createDatabaseProbe, type DatabaseProbe } from './database-probe'

const FRESH_MS = 1_000
const TIMEOUT_MS = 1_000

let sqlite: { probe: DatabaseProbe; last: { ready: boolean; at: number } } | undefined

/**
 * Whether the database answers, for /readyz. PostgreSQL: the proxy's own probe (decision 0012), so readiness
 * and the dynamic pages' 503 always agree. SQLite: a read of the file, at most once a second, so a flood of
 * health checks costs nothing.
 */
export async function isDatabaseReady(): Promise<boolean> {
  const { DATABASE_URL, databaseProvider } = env()
  if (databaseProvider === 'postgres') return isDatabaseUp()
  sqlite ??= {
    probe: createDatabaseProbe({ url: DATABASE_URL, timeoutMs: TIMEOUT_MS }),
    last: { ready: false, at: 0 },
  }
  if (Date.now() - sqlite.last.at < FRESH_MS) return sqlite.last.ready
  sqlite.last = { ready: await sqlite.probe.check(), at: Date.now() }
  return sqlite.last.ready
}
