import 'server-only'
import { env } from '@/lib/env'
import { isDatabaseUp } from '@/server/outage/check-database'
import { createDatabaseProbe, rememberedProbe } from './database-probe'

let sqliteCheck: (() => Promise<boolean>) | undefined

/**
 * Whether the database answers, for /readyz. PostgreSQL: the proxy's own probe (decision 0012), so readiness
 * and the dynamic pages' 503 always agree. SQLite: a read of the file, at most once a second, so a flood of
 * health checks costs nothing.
 */
export async function isDatabaseReady(): Promise<boolean> {
  const { DATABASE_URL, databaseProvider } = env()
  if (databaseProvider === 'postgres') return isDatabaseUp()
  sqliteCheck ??= rememberedProbe({
    probe: createDatabaseProbe({ url: DATABASE_URL, timeoutMs: 1_000 }),
    freshMs: 1_000,
    initial: false,
  })
  return sqliteCheck()
}
