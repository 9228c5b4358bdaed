// Runs in each integration worker before each test file loads, also where files share one process
// (vitest.config.ts: `isolate: false`): point the app's db at the run's database, and start the file with what a
// fresh process would have.
import pg from 'pg'
import { afterAll, inject, vi } from 'vitest'
import type { RateLimiters } from '@/server/rate-limit/create-rate-limiters'
import { cachedTags, resetExpiredTags } from '../helpers/next-cache'

process.env.DATABASE_URL = inject('databaseUrl')
// The site's JSON log (src/lib/log) only for warnings and errors; tests that check it capture it instead.
process.env.LOG_LEVEL ??= 'warn'

// The environment as the file found it, put back after it (a file that changes it runs in a process of its own,
// tests/setup/integration-groups.ts; this is the net under that).
const environment = { ...process.env }
afterAll(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  vi.useRealTimers()
  for (const key of Object.keys(process.env)) if (!(key in environment)) delete process.env[key]
  Object.assign(process.env, environment)
})

// The rate limiters of an earlier file in this process (src/server/rate-limit/consume-rate-limit.ts keeps one set
// on globalThis): closed and forgotten, so this file's first attempt makes new ones that have counted nothing.
const limits = globalThis as unknown as { rateLimiters?: RateLimiters }
if (limits.rateLimiters) {
  const previous = limits.rateLimiters
  delete limits.rateLimiters
  await previous.close()
}

// The next/cache stand-in's records of an earlier file.
resetExpiredTags()
cachedTags.length = 0

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
