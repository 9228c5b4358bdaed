// Directory search on a large network (issue 7): 20,000 member municipalities and 100,000 verified inventory
// figures, on PostgreSQL and on SQLite, one instance behind nginx with the Redis cache
// (scripts/start-cluster.mjs).
//
// Usage: node bench/directory-large.mjs [--duration 10] [--connections 20] [--priority nice|fifo|rr|none]
//          [--no-sqlite] [--sequential 80] [--port 4301] [--pg-port 4310] [--dist-dir .next-bench-large]
//          [--no-build]
//          [--database-url postgres://... (seeded and grown already)] [--members 20000] [--inventory 100000]
// Seeds a throwaway PostgreSQL cluster (full demo seed), grows it with bench/large-data.ts, builds against it,
// then measures, for each database:
//   1. first renders, one at a time: --sequential distinct name prefixes and filter combinations never asked
//      before (each is a cached page rendered on its first request, decision 0010);
//   2. first renders under load: --connections clients for --duration s, each request a query never asked;
//   3. cached throughput: autocannon on a few views after a warm-up (as bench/lib/public-pages.mjs);
// and on PostgreSQL, 4. the plans of every query of a few first renders (auto_explain with ANALYZE), written to
// bench/results/directory-large-plans.txt. SQLite uses the same build (the database is chosen at run time) and
// a database in a temp dir, seeded and grown the same way. Writes bench/results/directory-large.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { firstRendersOneAtATime, stats, timedGet } from './lib/first-renders.mjs'
import { measurePage } from './lib/public-pages.mjs'
import {
  benchOptions,
  build,
  cleanUpOnInterrupt,
  cpuProbe,
  log,
  postmasterPid,
  processTree,
  prioritize,
  run,
  seededPostgres,
  startCluster,
} from './lib/setup.mjs'

const { values, duration, connections, port, distDir } = await benchOptions('.next-bench-large', {
  'no-sqlite': { type: 'boolean', default: false },
  sequential: { type: 'string', default: '80' },
  members: { type: 'string', default: '20000' },
  inventory: { type: 'string', default: '100000' },
})

let pgDb
let cluster
let sqliteDir
const cleanup = async () => {
  await cluster?.stop()
  pgDb?.cluster?.stop()
  if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true })
}
cleanUpOnInterrupt(cleanup)

async function grow(url) {
  const t = performance.now()
  const out = await run(
    process.execPath,
    [
      'node_modules/tsx/dist/cli.mjs',
      '--conditions=react-server',
      'bench/large-data.ts',
      '--members',
      values.members,
      '--inventory',
      values.inventory,
    ],
    { DATABASE_URL: url },
  )
  const seconds = ((performance.now() - t) / 1000).toFixed(1)
  log(`grown in ${seconds} s:\n${out.trim()}`)
  return { seconds: Number(seconds), output: out.trim() }
}

async function measureDirectory(label, url, postmaster) {
  log(`${label}: starting one instance behind nginx, load average ${os.loadavg()[0].toFixed(2)}`)
  cluster = await startCluster({ instances: 1, port, distDir, databaseUrl: url, priority: values.priority })
  try {
    // PostgreSQL backends are sessions of their own: raised again before each phase, once the pool opened them.
    const boostPostgres = () => {
      if (postmaster) for (const p of processTree(postmaster)) prioritize(p, values.priority)
    }
    boostPostgres()
    const groups = {
      app: () => processTree(cluster.instancePids[0]),
      nginx: () => processTree(cluster.nginxPid),
      redis: () => processTree(cluster.redisPid),
      ...(postmaster && { postgres: () => processTree(postmaster) }),
    }
    const base = `${cluster.base}/members?`
    const first = await firstRendersOneAtATime({ base: cluster.base, url, n: Number(values.sequential) })
    const { p3, p4 } = first.data
    const { sequential } = first
    log(`${label}: first renders one at a time ${JSON.stringify(sequential)}`)

    // 2. Under load: every request a new view (4-letter prefixes, then 3-letter ones not used above).
    const used = new Set(first.usedPrefixes)
    const pool = [...p4.map((p) => `q=${p}`), ...p3.filter((p) => !used.has(p)).map((p) => `q=${p}`)]
    boostPostgres()
    let next = 0
    const latencies = []
    let errors = 0
    const probe = cpuProbe(groups)
    const started = performance.now()
    const deadline = started + duration * 1000
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < deadline && next < pool.length) {
          const q = pool[next++]
          try {
            latencies.push(await timedGet(base + q))
          } catch {
            errors++
          }
        }
      }),
    )
    const loaded = {
      ...stats(latencies, (performance.now() - started) / 1000),
      errors,
      exhausted: next >= pool.length,
      cpu: await probe.stop(),
    }
    log(`${label}: first renders under load ${JSON.stringify(loaded)}`)

    // 3. Cached views.
    const cachedViews = [
      '/accessibility',
      '/members',
      '/members?q=san',
      `/members?q=${p3[0]}`,
      '/members?q=a',
      `/members?state=CA&stage=INVENTORY&sort=population`,
      `/members?campaign=compact-of-mayors&population=10k-50k&overdue=1&page=3`,
    ]
    const cached = []
    for (const view of cachedViews) {
      boostPostgres()
      const { extra: cpu, ...r } = await measurePage(cluster.base + view, {
        connections,
        duration,
        during: () => cpuProbe(groups),
      })
      cached.push({ path: view, ...r, cpu })
      log(`${label}: cached ${view}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`)
    }
    return { sequential, loaded, cached, topPrefix: p3[0] }
  } finally {
    await cluster.stop()
    cluster = undefined
  }
}

/** Plans (with actual times) of every query a few first renders send, from auto_explain in the server log. */
async function explainPlans(url, pgCluster) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const settings = [
    `session_preload_libraries = 'auto_explain'`,
    `auto_explain.log_min_duration = 0`,
    `auto_explain.log_analyze = on`,
    `auto_explain.log_buffers = on`,
  ]
  for (const s of settings) await client.query(`ALTER DATABASE bench SET ${s}`)
  const logFile = path.join(pgCluster.dir, 'log')
  const offset = readFileSync(logFile, 'utf8').length
  try {
    cluster = await startCluster({ instances: 1, port, distDir, databaseUrl: url, priority: 'none' })
    const { p3 } = await namePrefixes(url)
    const views = [
      `q=${p3[2]}x`, // few matches: the prefix query finds less than a page, the substring query runs too
      `q=${p3[1]}`,
      'q=e',
      'state=TX&stage=INVENTORY&sort=population',
      'campaign=compact-of-mayors&population=10k-50k&overdue=1&page=3',
      'page=700',
    ]
    const timings = {}
    for (const v of views) timings[v] = Math.round(await timedGet(`${cluster.base}/members?${v}`))
    await cluster.stop()
    cluster = undefined
    const text = readFileSync(logFile, 'utf8').slice(offset)
    // Each entry: "LOG:  duration: 12.345 ms  plan:" then the query text and the plan.
    const entries = text
      .split(/\n(?=\S.*LOG:\s+duration:)/)
      .filter((e) => e.includes('plan:'))
      .map((e) => ({ ms: Number(e.match(/duration: ([\d.]+) ms/)?.[1] ?? 0), text: e.trim() }))
      .sort((a, b) => b.ms - a.ms)
    return { timings, entries }
  } finally {
    for (const s of settings) await client.query(`ALTER DATABASE bench RESET ${s.split(' =')[0]}`)
    await client.end()
  }
}

const results = {
  date: new Date().toISOString(),
  options: values,
  cpus: os.cpus().length,
  node: process.version,
}
try {
  pgDb = values['database-url']
    ? { url: values['database-url'] }
    : await seededPostgres({ port: Number(values['pg-port']) })
  if (!values['database-url']) results.growPostgres = await grow(pgDb.url)
  if (!values['no-build']) await build(distDir, pgDb.url)
  // Both databases are prepared before the bench raises its priority: only the measurements are raised.
  let sqliteUrl
  if (!values['no-sqlite']) {
    sqliteDir = mkdtempSync(path.join(os.tmpdir(), 'lc-bench-sqlite-'))
    sqliteUrl = `file:${path.join(sqliteDir, 'bench.db')}`
    const t = performance.now()
    await run(process.execPath, ['scripts/migrate.mjs', 'deploy'], { DATABASE_URL: sqliteUrl })
    await run('npm', ['run', '--silent', 'db:seed'], { DATABASE_URL: sqliteUrl })
    log(`SQLite migrated and seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`)
    results.growSqlite = await grow(sqliteUrl)
  }
  prioritize(process.pid, values.priority)
  const postmaster = pgDb.cluster ? postmasterPid(pgDb.cluster) : undefined
  results.postgres = await measureDirectory('PostgreSQL', pgDb.url, postmaster)
  if (sqliteUrl) results.sqlite = await measureDirectory('SQLite', sqliteUrl)
  for (const db of ['postgres', 'sqlite']) {
    const r = results[db]
    if (!r) continue
    console.log(`\n${db}: first renders (uncached views)\n`)
    console.log('| what | views | per s | p50 ms | p90 ms | p99 ms | max ms |')
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
    const row = (name, s) =>
      console.log(`| ${name} | ${s.n} | ${s.perSecond ?? '-'} | ${s.p50} | ${s.p90} | ${s.p99} | ${s.max} |`)
    row('name prefixes, one at a time', r.sequential.prefixes)
    row('filter combinations, one at a time', r.sequential.filters)
    row(`name prefixes, ${connections} clients for ${duration} s`, r.loaded)
    console.log(`\none-letter searches (q=e, q=a, q=o), one at a time: ${r.sequential.broad.join(', ')} ms`)
    console.log(`\n${db}: cached views, autocannon ${connections} connections ${duration} s\n`)
    console.log('| view | req/s | p50 ms | p99 ms | errors |')
    console.log('| --- | ---: | ---: | ---: | ---: |')
    for (const c of r.cached) console.log(`| \`${c.path}\` | ${c.rps} | ${c.p50} | ${c.p99} | ${c.errors} |`)
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/directory-large.json', JSON.stringify(results, null, 2))
  // Last, and allowed to fail: the measurements above are printed and saved already.
  try {
    if (pgDb.cluster) {
      const plans = await explainPlans(pgDb.url, pgDb.cluster)
      results.planTimings = plans.timings
      results.slowestStatements = plans.entries
        .slice(0, 15)
        .map((e) => ({ ms: e.ms, first: e.text.slice(0, 400) }))
      mkdirSync('bench/results', { recursive: true })
      writeFileSync(
        'bench/results/directory-large-plans.txt',
        `First renders: ${JSON.stringify(plans.timings)}\n\n` + plans.entries.map((e) => e.text).join('\n\n'),
      )
    }
  } catch (e) {
    log(`query plans: ${e.message}`)
  }
  if (results.slowestStatements) {
    console.log('\nSlowest statements during a few first renders (auto_explain, ANALYZE):')
    for (const s of results.slowestStatements.slice(0, 8))
      console.log(`  ${s.ms} ms: ${s.first.replace(/\s+/g, ' ').slice(0, 300)}`)
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/directory-large.json', JSON.stringify(results, null, 2))
} finally {
  await cleanup()
}
process.exit(0)
