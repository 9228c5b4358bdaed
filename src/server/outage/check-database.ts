import 'server-only'
import { env } from '@/lib/env'
import { createDatabaseProbe, rememberedProbe } from '@/server/health/database-probe'

let check: (() => Promise<boolean>) | undefined

/**
 * Whether PostgreSQL answers, asked at most once a second per process (concurrent callers share one probe): the
 * proxy asks on every dynamic request, the database sees one `SELECT 1`. SQLite is a file in the same process:
 * always up.
 */
export async function isDatabaseUp(): Promise<boolean> {
  const { DATABASE_URL, databaseProvider } = env()
  if (databaseProvider !== 'postgres') return true
  check ??= rememberedProbe({
    probe: createDatabaseProbe({ url: DATABASE_URL, timeoutMs: 1_000 }),
    freshMs: 1_000,
    initial: true,
    onChange: (up) =>
      console.warn(
        up
          ? '[outage] The database answers again.'
          : '[outage] The database is not answering: dynamic pages answer 503 until it is back.',
      ),
  })
  return check()
}
