// Settings shared by `npm test` (which prepares the e2e database and build) and playwright.config.ts.
// End-to-end tests get their own database, build directory and port, never a developer's.
import { existsSync } from 'node:fs'
import path from 'node:path'

export const e2eDistDir = process.env.E2E_DIST_DIR || '.next-e2e'
// The build of the e2e-postgres stage when it runs without the e2e stage (which otherwise lends it its build).
export const e2ePostgresDistDir = process.env.E2E_PG_DIST_DIR || `${e2eDistDir}-pg`
export const e2ePort = Number(process.env.E2E_PORT || 3917)
export const e2eBaseUrl = `http://127.0.0.1:${e2ePort}`
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL || 'file:./data/e2e.db'
// The pledge spec starts an SMTP server on this port; the e2e site sends its mail there.
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT || 3918)
// The e2e server's metrics port (METRICS_PORT, on 127.0.0.1): tests/e2e/operations.spec.ts reads it.
export const e2eMetricsPort = Number(process.env.E2E_METRICS_PORT || e2ePort + 2)
export const e2eAuthSecret = 'e2e-test-secret-not-for-production-0123456789'

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The Chromium binary to drive, or null when none is installed (Lighthouse: the full browser). */
export function chromiumPath() {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  return existsSync(candidate) ? candidate : null
}

/**
 * The browser the Playwright suites drive: CHROMIUM_PATH when set, else Debian's chromium-headless-shell (the
 * same Chromium build without the desktop browser around it, which Playwright itself uses for headless runs),
 * else the full chromium. Measured: the shell takes ~30% less time for the same tests (docs/PERFORMANCE.md).
 */
export function testBrowserPath() {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium']
  return candidates.find((c) => existsSync(c)) ?? null
}

/**
 * The e2e database file, after checking it is a local SQLite file under data/ named e2e*.db:
 * the run deletes and recreates it, so it must never be a shared or developer database.
 */
export function e2eDatabaseFile(root = process.cwd(), url = e2eDatabaseUrl) {
  if (!url.startsWith('file:'))
    throw new Error(`Refusing to run e2e against a non-local database (${url.split(':')[0]}:)`)
  const file = path.resolve(root, url.slice('file:'.length))
  const dataDir = path.resolve(root, 'data')
  if (path.dirname(file) !== dataDir || !/^e2e[\w-]*\.db$/.test(path.basename(file))) {
    throw new Error(`Refusing to use ${file} as the e2e database: it must be data/e2e*.db`)
  }
  return file
}

/**
 * Where the e2e server's stdout and stderr go (E2E_SERVER_LOG, else one file per build directory under
 * test-results/): `npm test` greps it for secrets after the run (scripts/lib/check-server-log.mjs).
 */
export function e2eServerLogFile(distDir = e2eDistDir) {
  return (
    process.env.E2E_SERVER_LOG ||
    path.join('test-results', `${path.basename(distDir).replace(/^\./, '')}-server.log`)
  )
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The e2e database, after checking it is one the run may wipe: a SQLite file data/e2e*.db, or a
 * PostgreSQL database named e2e* on a loopback server (the throwaway cluster `npm test` starts).
 * Returns { provider: 'sqlite', file } or { provider: 'postgres', database, adminUrl }.
 */
export function checkE2eDatabase(root = process.cwd(), url = e2eDatabaseUrl) {
  if (!/^postgres(ql)?:\/\//.test(url)) return { provider: 'sqlite', file: e2eDatabaseFile(root, url) }
  const parsed = new URL(url)
  const database = decodeURIComponent(parsed.pathname.slice(1))
  if (!loopbackHosts.has(parsed.hostname) || !/^e2e[\w-]*$/.test(database)) {
    throw new Error(
      `Refusing to use ${parsed.hostname}/${database} as the e2e database: it must be a database e2e* on 127.0.0.1`,
    )
  }
  const admin = new URL(url)
  admin.pathname = '/postgres'
  return { provider: 'postgres', database, adminUrl: admin.toString() }
}

/**
 * The environment the e2e build and server run with (another database, build directory or ports if given: the
 * e2e stage's second lane, scripts/lib/e2e-lanes.mjs).
 */
export function e2eServerEnv({
  databaseUrl = e2eDatabaseUrl,
  distDir = e2eDistDir,
  port = e2ePort,
  smtpPort = e2eSmtpPort,
} = {}) {
  return {
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: e2eAuthSecret,
    AUTH_TRUST_HOST: 'true',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SITE_URL: `http://127.0.0.1:${port}`,
    // Every spec signs its officials in by the emailed link, all from 127.0.0.1 (as a council's offices behind one
    // address would): the run asks for more than the default 20 an hour. The limit itself: integration tests.
    SIGN_IN_LINKS_PER_IP_PER_HOUR: '500',
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/**
 * Test time limits are sized for a machine at half the speed of the quiet one they were measured on (CI's may be
 * slower or busier): every limit is a quiet-run figure times TEST_SLOWDOWN (2 unless set).
 */
export const testSlowdown = Math.max(1, Number(process.env.TEST_SLOWDOWN) || 2)

/** A time limit in ms for something that takes up to `quietMs` on a quiet machine. */
export function budget(quietMs) {
  return Math.round(quietMs * testSlowdown)
}
