// `npm test`: every test stage in order (the two integration stages side by side), stopping at the first failure,
// then a summary with timings.
// Stages: unit, sqlite (integration), postgres (integration), e2e, e2e-postgres (the same Playwright
// suite, JavaScript on, on a throwaway PostgreSQL cluster), cluster (two instances behind nginx on PostgreSQL and Redis),
// reliability (the e2e build under concurrent submissions, SIGKILL mid-burst and malformed requests, on SQLite
// and PostgreSQL).
// Usage: npm test [-- --only unit,integration]   ("integration" means both sqlite and postgres)
// The last line of output is always `N passed, N failed` (test counts), for CI.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { pgBinDir, startPgCluster } from './lib/pg-cluster.mjs'
import { checkServerLog } from './lib/check-server-log.mjs'
import { countPlaywrightTests, stageBudgetMs } from './lib/time-budget.mjs'
import { e2eSpecFiles, laneSettings, splitIntoLanes } from './lib/e2e-lanes.mjs'
import {
  checkE2eDatabase,
  testBrowserPath,
  e2ePostgresDistDir,
  e2eServerEnv,
} from '../tests/e2e/helpers/e2e-env.mjs'

const root = process.cwd()
const reportDir = mkdtempSync(path.join(os.tmpdir(), 'lc-test-report-'))

class StageError extends Error {}

// prefix: each line of the command's output starts with it (two stages running side by side).
function run(command, args, env = {}, prefix = '') {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    })
    if (prefix) {
      for (const [from, to] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ])
        readline.createInterface({ input: from }).on('line', (line) => to.write(`${prefix}${line}\n`))
    }
    // 'close', not 'exit': the last lines of its output are written by then.
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on('error', (e) => {
      console.error(e.message)
      resolve(1)
    })
  })
}

async function step(label, command, args, env) {
  console.log(`\n> ${label}`)
  if ((await run(command, args, env)) !== 0) throw new StageError(`${label} failed`)
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

// project: a vitest project name, or a pattern of several ('integration*': the integration projects of
// vitest.config.ts, run one after the other in one vitest process on one database).
async function vitestStage(project, env = {}, prefix = '') {
  const out = path.join(reportDir, `${project.replace(/\W/g, '')}-${env.TEST_DB ?? 'default'}.json`)
  const args = ['node_modules/vitest/vitest.mjs', 'run', '--project', project]
  const code = await run(
    process.execPath,
    [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
    env,
    prefix,
  )
  const report = readJson(out)
  const counts = report ? { passed: report.numPassedTests, failed: report.numFailedTests } : null
  return { ok: code === 0, counts }
}

function requirePostgres() {
  let found = false
  try {
    found = existsSync(path.join(pgBinDir(), 'initdb'))
  } catch {}
  if (!found) {
    throw new StageError(
      'PostgreSQL server binaries not found: apt-get install -y postgresql (or set PG_BIN)',
    )
  }
}

// A PostgreSQL e2e database starts empty too: dropped and created again on its (loopback) server.
async function recreatePostgresDatabase({ database, adminUrl }) {
  const pg = (await import('pg')).default
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    await client.end()
  }
}

async function prepareE2eDatabase(env) {
  let checked
  try {
    checked = checkE2eDatabase(root, env.DATABASE_URL)
  } catch (e) {
    throw new StageError(e.message)
  }
  if (checked.provider === 'postgres') await recreatePostgresDatabase(checked)
  else for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(checked.file + suffix, { force: true })
  await step('migrate the e2e database', process.execPath, ['scripts/migrate.mjs', 'deploy'], env)
  if (existsSync(path.join(root, 'prisma/seed.ts'))) {
    await step('seed the e2e database', 'npm', ['run', '--silent', 'db:seed'], {
      DATABASE_URL: env.DATABASE_URL,
    })
  } else {
    console.warn('\nWARNING: prisma/seed.ts does not exist yet; the e2e database is migrated but empty.')
  }
}

// Runs `playwright test <args>` with a whole-run limit computed from its number of tests; returns its counts.
async function playwrightRun(budgetStage, args, env = {}, prefix = '') {
  const out = path.join(reportDir, `${budgetStage}-${Date.now()}-${env.E2E_PORT ?? ''}.json`)
  const count = countPlaywrightTests(args, env)
  const limit = stageBudgetMs(budgetStage, count)
  console.log(`${prefix}  ${count} tests, time limit ${(limit / 60_000).toFixed(1)} min`)
  const code = await run(
    process.execPath,
    ['node_modules/@playwright/test/cli.js', 'test', ...args, '--reporter=list,json'],
    {
      ...env,
      PLAYWRIGHT_JSON_OUTPUT_FILE: out,
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      PLAYWRIGHT_GLOBAL_TIMEOUT_MS: String(limit),
    },
    prefix,
  )
  const stats = readJson(out)?.stats
  const counts = stats ? { passed: stats.expected + stats.flaky, failed: stats.unexpected } : null
  return { code, counts }
}

// The build directory the e2e stage built in this run, which the e2e-postgres stage then serves as it is.
// Safe because no page keeps build-time data at run time: the cache handler (src/cache-handler.mjs) starts
// empty, so each prerendered page is rendered again from the running server's database on its first request
// (checked: a page built on one database and served on another shows the second one's rows), and the
// database driver is chosen from DATABASE_URL when the server starts (the reliability stage runs this build
// on PostgreSQL too).
let sharedBuild = null

// How many lanes the e2e stage runs side by side (scripts/lib/e2e-lanes.mjs): one lane keeps ~1.6 cores busy
// (Chromium, the server, axe), so two lanes on two cores took as long as one (834 s against 856 s, stop 27).
// Two from four cores up; E2E_LANES sets it.
const E2E_LANES = Math.max(1, Number(process.env.E2E_LANES) || (os.availableParallelism() >= 4 ? 2 : 1))

// options: another database or build directory (the e2e-postgres stage's), the Playwright projects and spec
// files to run (then in one lane), `build: false` to serve a build made earlier in this run; the defaults come from
// E2E_*. Without spec files, every spec runs, split into E2E_LANES lanes side by side.
async function e2eStage(options = {}) {
  if (!testBrowserPath()) {
    throw new StageError(
      `Chromium not found at ${process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell'}: apt-get install -y chromium-headless-shell`,
    )
  }
  const env = e2eServerEnv(options)
  const lanes = (options.specs ? [{ specs: options.specs }] : splitIntoLanes(e2eSpecFiles(), E2E_LANES)).map(
    (lane, i) => ({
      ...lane,
      ...laneSettings(i, { databaseUrl: env.DATABASE_URL, distDir: env.NEXT_DIST_DIR }),
    }),
  )
  const laneEnv = (lane) =>
    e2eServerEnv({ ...options, databaseUrl: lane.databaseUrl, port: lane.port, smtpPort: lane.smtpPort })
  // Lane 1's database first: the build reads it.
  for (const lane of lanes) await prepareE2eDatabase(laneEnv(lane))
  // The data cache outlives builds: a previous run's figures would be served instead of this database's.
  rmSync(path.join(env.NEXT_DIST_DIR, 'cache', 'fetch-cache'), { recursive: true, force: true })
  if (options.build === false) {
    console.log(`\n> serve the build in ${env.NEXT_DIST_DIR}, made earlier in this run`)
  } else {
    // next build adds its dist dir's type paths to tsconfig.json; the e2e build should leave no trace.
    const tsconfig = readFileSync('tsconfig.json', 'utf8')
    try {
      await step(
        `build into ${env.NEXT_DIST_DIR}`,
        process.execPath,
        ['node_modules/next/dist/bin/next', 'build'],
        env,
      )
    } finally {
      if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig)
    }
    sharedBuild = env.NEXT_DIST_DIR
  }
  // Every lane serves the same build: its cache lives in each server's memory (src/cache-handler.mjs).
  const results = await Promise.all(
    lanes.map((lane) => e2eLane(lane, laneEnv(lane), options, lanes.length > 1 ? `[${lane.name}] ` : '')),
  )
  const counts = results.every((r) => r.counts)
  return {
    ok: results.every((r) => r.ok),
    counts: counts
      ? {
          passed: results.reduce((sum, r) => sum + r.counts.passed, 0),
          failed: results.reduce((sum, r) => sum + r.counts.failed, 0),
        }
      : null,
  }
}

// One Playwright process against one server of the build, then the check of that server's log.
async function e2eLane(lane, env, options, prefix) {
  console.log(
    `\n> ${prefix}playwright against http://127.0.0.1:${lane.port}: ${lane.specs.length} spec files`,
  )
  const { code, counts } = await playwrightRun(
    'e2e',
    [...(options.projects ?? []).map((p) => `--project=${p}`), ...lane.specs],
    // playwright.config.ts and the specs read these through e2e-env.mjs.
    {
      E2E_DATABASE_URL: env.DATABASE_URL,
      E2E_DIST_DIR: env.NEXT_DIST_DIR,
      E2E_PORT: String(lane.port),
      E2E_SMTP_PORT: String(lane.smtpPort),
      E2E_METRICS_PORT: String(lane.metricsPort),
      E2E_OUTPUT_DIR: lane.outputDir,
      E2E_SERVER_LOG: lane.serverLog,
    },
    prefix,
  )
  // One more test: the server's log of the run holds no secret and is JSON with request ids.
  const logCheck = await checkServerLog({ logFile: lane.serverLog, env })
  console.log(
    `\n> ${prefix}server log ${lane.serverLog}: ${logCheck.ok ? 'no secrets, JSON with request ids' : 'FAILED'} ` +
      JSON.stringify(logCheck.stats),
  )
  for (const problem of logCheck.problems) console.error(`${prefix}  - ${problem}`)
  if (counts) counts[logCheck.ok ? 'passed' : 'failed'] += 1
  return { ok: code === 0 && logCheck.ok, counts }
}

// The specs whose outcome the database decides, run again on PostgreSQL. Every domain function already runs on
// both databases in the integration stages; these add what only the whole server shows:
//   smoke        the figures on the home page are counts and sums the database computes (and the others need it)
//   solutions    the Solutions Gateway's search: SQLite FTS5 there, a ranked tsvector here (decision 0016)
//   members      name search ignoring case and accents, sorting and paging: collation and LIKE differ
//   pledge       the signing flow's transactions and unique constraints (a repeat), the place search, and the
//                rate limits, kept in PostgreSQL when there is no Redis
//   portal       Auth.js's verification tokens (replaced in a transaction) and a refused duplicate target
//   open-data    the CSV, JSON and feed: how each database returns dates, decimals and order
// Not run again: csp and xss (headers, nonces and escaping happen after the data is read, whichever database
// gave it), content, campaigns and home (plain reads and writes through Prisma, no raw SQL), and admin,
// admin-people and auth-security (lockout counters, sessions ended on the server, "sign out everywhere", the
// municipality CSV import and invitations: each a domain function the integration stages run on both databases).
// Since stop 27 not moderation and reports either (approval in one transaction with its cache tags, the inventory
// grid's all-or-nothing CSV import: domain functions the integration stages run on PostgreSQL; staff sign-in,
// sessions and an approval through the whole server on PostgreSQL are the cluster stage's). Their axe audits are
// left to the SQLite run too (tests/e2e/helpers/axe.ts): the markup is the same.
const POSTGRES_E2E_SPECS = ['smoke', 'solutions', 'members', 'pledge', 'portal', 'open-data'].map(
  (name) => `tests/e2e/${name}.spec.ts`,
)

// The same suite on PostgreSQL: a throwaway cluster on a loopback port, stopped however the stage ends.
async function e2ePostgresStage() {
  requirePostgres()
  const cluster = await startPgCluster()
  const stopOnSignal = (signal) => {
    cluster.stop()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', stopOnSignal)
  process.once('SIGTERM', stopOnSignal)
  try {
    // JavaScript on only (with the smoke projects it depends on): what differs here is the database, and the
    // no-JS runs exercise the same server code through the browser's own form posts, proven on SQLite.
    // The e2e stage's build when it ran before this one (see sharedBuild), else a build of its own.
    return await e2eStage({
      databaseUrl: cluster.url('e2e'),
      distDir: sharedBuild ?? e2ePostgresDistDir,
      build: !sharedBuild,
      projects: ['js'],
      specs: POSTGRES_E2E_SPECS,
    })
  } finally {
    process.off('SIGINT', stopOnSignal)
    process.off('SIGTERM', stopOnSignal)
    cluster.stop()
  }
}

// Two instances behind nginx on one PostgreSQL and one Redis, the database stopped mid-run (tests/cluster): its
// global setup starts a throwaway cluster and seeds it, then serves the e2e stage's build (or builds into
// .next-cluster when run alone).
async function clusterStage() {
  if (!testBrowserPath())
    throw new StageError('Chromium not found: apt-get install -y chromium-headless-shell')
  requirePostgres()
  console.log('\n> playwright: two instances behind nginx, one PostgreSQL, one Redis (tests/cluster)')
  // The e2e stage's build when it ran before this one (see sharedBuild), else the set-up builds its own.
  const reuse = sharedBuild ? { CLUSTER_DIST_DIR: sharedBuild, CLUSTER_REUSE_BUILD: '1' } : {}
  const { code, counts } = await playwrightRun(
    'cluster',
    ['--config', 'tests/cluster/playwright.config.ts'],
    reuse,
  )
  return { ok: code === 0, counts }
}

// A production build under 200 submissions at once, killed mid-burst, and sent malformed requests, on SQLite
// and PostgreSQL (tests/reliability): the e2e stage's build, with throwaway databases of its own.
async function reliabilityStage() {
  requirePostgres()
  console.log('\n> playwright: concurrency, crashes and malformed requests (tests/reliability)')
  const { code, counts } = await playwrightRun('reliability', [
    '--config',
    'tests/reliability/playwright.config.ts',
  ])
  return { ok: code === 0, counts }
}

const stages = [
  { name: 'unit', title: 'unit tests', run: () => vitestStage('unit') },
  {
    name: 'sqlite',
    title: 'integration on SQLite',
    run: (prefix) => vitestStage('integration*', { TEST_DB: 'sqlite' }, prefix),
  },
  {
    name: 'postgres',
    title: 'integration on PostgreSQL',
    run: (prefix) => {
      requirePostgres()
      return vitestStage('integration*', { TEST_DB: 'postgres' }, prefix)
    },
  },
  { name: 'e2e', title: 'end-to-end (Playwright)', run: () => e2eStage() },
  { name: 'e2e-postgres', title: 'end-to-end on PostgreSQL', run: e2ePostgresStage },
  { name: 'cluster', title: 'two instances behind nginx', run: clusterStage },
  { name: 'reliability', title: 'reliability (crash, load)', run: reliabilityStage },
]

function selectedStages(argv) {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='))
  if (i === -1) return stages
  const value = argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1]
  const names = new Set(
    (value ?? '')
      .split(',')
      .flatMap((n) => (n.trim() === 'integration' ? ['sqlite', 'postgres'] : [n.trim()])),
  )
  const unknown = [...names].filter((n) => !stages.some((s) => s.name === n))
  if (unknown.length || names.size === 0) {
    console.error(
      `Unknown stage "${unknown.join(', ')}": choose from ${stages.map((s) => s.name).join(', ')}, integration`,
    )
    process.exit(2)
  }
  return stages.filter((s) => names.has(s.name))
}

async function runStage(stage, prefix = '') {
  const started = Date.now()
  console.log(`\n=== ${stage.title} ===${prefix ? ` (its lines start with ${prefix.trim()})` : ''}`)
  try {
    const { ok, counts } = await stage.run(prefix)
    const note = ok ? '' : counts?.failed ? '' : 'failed outside the tests (see above)'
    return {
      stage,
      ok,
      counts: counts ?? { passed: 0, failed: 0 },
      note,
      seconds: (Date.now() - started) / 1000,
    }
  } catch (e) {
    const note = e instanceof StageError ? e.message : `crashed: ${e.stack ?? e}`
    return {
      stage,
      ok: false,
      counts: { passed: 0, failed: 0 },
      note,
      seconds: (Date.now() - started) / 1000,
    }
  }
}

function printSummary(results, skipped, wallSeconds) {
  console.log('\nSummary')
  for (const r of results) {
    const status = r.ok ? 'ok  ' : 'FAIL'
    const counts = `${r.counts.passed} passed, ${r.counts.failed} failed`
    console.log(
      `  ${status} ${r.stage.title.padEnd(28)} ${counts.padEnd(24)} ${r.seconds.toFixed(1).padStart(6)}s  ${r.note}`,
    )
  }
  for (const s of skipped) console.log(`  --   ${s.title.padEnd(28)} not run`)
  console.log(`  total ${wallSeconds.toFixed(1)}s (wall clock; the integration stages run side by side)`)
  const passed = results.reduce((n, r) => n + r.counts.passed, 0)
  // A stage that failed before any test could fail (build, missing tool) still counts as one failure.
  const failed = results.reduce((n, r) => n + (r.ok ? r.counts.failed : Math.max(r.counts.failed, 1)), 0)
  console.log(`${passed} passed, ${failed} failed`)
}

// The two integration stages share nothing (a temp SQLite file; a throwaway cluster on a port of its own; Redis
// on a port per database) and each runs one test file at a time, on about one core: on two cores they run side
// by side, their output lines prefixed. Every other stage has the machine to itself.
const sideBySide = new Set(['sqlite', 'postgres'])

const started = Date.now()
const chosen = selectedStages(process.argv.slice(2))
const results = []
for (let i = 0; i < chosen.length; i++) {
  const batch = [chosen[i]]
  if (sideBySide.has(chosen[i].name) && sideBySide.has(chosen[i + 1]?.name)) batch.push(chosen[++i])
  const prefix = (stage) => (batch.length > 1 ? `[${stage.name}] ` : '')
  const done = await Promise.all(batch.map((stage) => runStage(stage, prefix(stage))))
  results.push(...done)
  const failures = done.filter((r) => !r.ok)
  for (const r of failures) if (r.note) console.error(`\n${r.stage.title}: ${r.note}`)
  if (failures.length) break
}
rmSync(reportDir, { recursive: true, force: true })
printSummary(
  results,
  chosen.filter((s) => !results.some((r) => r.stage === s)),
  (Date.now() - started) / 1000,
)
process.exitCode = results.every((r) => r.ok) ? 0 : 1
