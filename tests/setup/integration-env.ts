// Runs in each integration worker before the test file loads: point the app's db at the run's database.
import pg from 'pg'
import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
// The site's JSON log (src/lib/log) only for warnings and errors; tests that check it capture it instead.
process.env.LOG_LEVEL ??= 'warn'

// On PostgreSQL the rate limits live in a table every process shares (src/server/rate-limit): start each
// file with nothing counted, as the in-memory limits of a fresh process would.
if (inject('databaseProvider') === 'postgres') {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await client.query(
    "DO $$ BEGIN IF to_regclass('rate_limits') IS NOT NULL THEN DELETE FROM rate_limits; END IF; END $$",
  )
  await client.end()
}
