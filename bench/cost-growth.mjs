// How the cost of a first render grows with the network (issue 19): directory searches, filter combinations
// and member profiles, each a view never asked before (a cache miss), at 1,100 members (the demo seed),
// 20,000 and 100,000 (grown by bench/large-data.ts), on PostgreSQL and on SQLite, in one run; the table puts
// each size's p50/p99 beside the demo size's (the ratio).
//
// Usage: node bench/cost-growth.mjs [--sizes 1100,20000,100000] [--sequential 40] [--lock /tmp/heavy.lock]
//          [--priority nice|fifo|rr|none] [--port 4321] [--pg-port 4330] [--dist-dir .next-bench-growth]
//          [--no-build] [--no-sqlite] [--no-postgres]
// Each size is its own database, seeded (npm run db:seed: 1,100 members) and grown to the size with twice as
// many verified inventory figures as members. One build (the database is chosen at run time); for each
// database and size one instance behind nginx with a fresh Redis cache (scripts/start-cluster.mjs), the
// first renders timed one at a time (bench/lib/first-renders.mjs). With --lock, the measurements (not the
// seeding) hold that flock(1) lock, so other heavy jobs sharing the machine wait for them.
// Writes bench/results/cost-growth.json.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startPgCluster } from '../scripts/lib/pg-cluster.mjs'
import { firstRendersOneAtATime } from './lib/first-renders.mjs'
import {
  benchOptions,
  build,
  cleanUpOnInterrupt,
  log,
  postmasterPid,
  processTree,
  prioritize,
  run,
  startCluster,
} from './lib/setup.mjs'

const { values, port, distDir } = await benchOptions('.next-bench-growth', {
  sizes: { type: 'string', default: '1100,20000,100000' },
  sequential: { type: 'string', default: '40' },
  lock: { type: 'string' },
  'no-sqlite': { type: 'boolean', default: false },
  'no-postgres': { type: 'boolean', default: false },
})
const DEMO_MEMBERS = 1100
const sizes = values.sizes.split(',').map(Number)
const seconds = (t) => Number(((performance.now() - t) / 1000).toFixed(1))

let pgCluster
let cluster
let sqliteDir
let lockHolder
const cleanup = async () => {
  if (lockHolder?.exitCode === null) process.kill(-lockHolder.pid)
  await cluster?.stop()
  pgCluster?.stop()
  if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true })
}
cleanUpOnInterrupt(cleanup)

/** Holds `file`'s flock(1) lock until the returned function is called. */
function takeLock(file) {
  if (!file) return () => {}
  return new Promise((resolve, reject) => {
    // -o: the command does not inherit the lock, so killing flock releases it.
    lockHolder = spawn('flock', ['-o', file, 'sh', '-c', 'echo locked; exec sleep 86400'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    })
    lockHolder.stdout.once('data', () => {
      const holder = lockHolder
      resolve(() => process.kill(-holder.pid)) // flock and its sleep
    })
    lockHolder.once('error', reject)
  })
}

/** A database of `members` members: migrated, seeded, grown (twice as many inventory figures as members). */
async function prepare(url, members) {
  const t = performance.now()
  await run(process.execPath, ['scripts/migrate.mjs', 'deploy'], { DATABASE_URL: url })
  await run('npm', ['run', '--silent', 'db:seed'], { DATABASE_URL: url })
  const seeded = seconds(t)
  let grown = 0
  if (members > DEMO_MEMBERS) {
    const g = performance.now()
    await run(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        '--conditions=react-server',
        'bench/large-data.ts',
        '--members',
        String(members),
        '--inventory',
        String(members * 2),
      ],
      { DATABASE_URL: url },
    )
    grown = seconds(g)
  }
  log(`${members} members: seeded in ${seeded} s, grown in ${grown} s (${url.split('/').pop()})`)
  return { seeded, grown }
}

async function measure(label, url, postmaster) {
  // The data cache outlives the instances: no view may be served from an earlier database's renders.
  rmSync(path.join(distDir, 'cache'), { recursive: true, force: true })
  const release = await takeLock(values.lock)
  try {
    log(`${label}: one instance behind nginx, load average ${os.loadavg()[0].toFixed(2)}`)
    cluster = await startCluster({ instances: 1, port, distDir, databaseUrl: url, priority: values.priority })
    if (postmaster) for (const p of processTree(postmaster)) prioritize(p, values.priority)
    const loadBefore = os.loadavg()[0]
    const first = await firstRendersOneAtATime({ base: cluster.base, url, n: Number(values.sequential) })
    const result = {
      members: first.data.members,
      ...first.sequential,
      loadAverage: [loadBefore, os.loadavg()[0]].map((l) => Number(l.toFixed(2))),
    }
    log(`${label}: ${JSON.stringify(result)}`)
    return result
  } finally {
    await cluster?.stop()
    cluster = undefined
    release()
  }
}

const results = {
  date: new Date().toISOString(),
  options: values,
  cpus: os.cpus().length,
  node: process.version,
}
try {
  const databases = []
  if (!values['no-postgres']) {
    pgCluster = await startPgCluster({ port: Number(values['pg-port']) })
    for (const size of sizes) {
      const url = await pgCluster.createDatabase(`growth_${size}`)
      databases.push({ db: 'postgres', size, url, prep: await prepare(url, size) })
    }
  }
  if (!values['no-sqlite']) {
    sqliteDir = mkdtempSync(path.join(os.tmpdir(), 'lc-bench-growth-'))
    for (const size of sizes) {
      const url = `file:${path.join(sqliteDir, `growth-${size}.db`)}`
      databases.push({ db: 'sqlite', size, url, prep: await prepare(url, size) })
    }
  }
  if (!values['no-build']) {
    const t = performance.now()
    await build(distDir, databases[0].url)
    log(`built in ${seconds(t)} s`)
  }
  prioritize(process.pid, values.priority)
  const postmaster = pgCluster ? postmasterPid(pgCluster) : undefined
  results.runs = []
  for (const d of databases) {
    const r = await measure(`${d.db} ${d.size}`, d.url, d.db === 'postgres' ? postmaster : undefined)
    results.runs.push({ db: d.db, size: d.size, prep: d.prep, ...r })
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/cost-growth.json', JSON.stringify(results, null, 2))

  const kinds = [
    ['prefixes', 'name prefixes'],
    ['filters', 'filter combinations'],
    ['profiles', 'member profiles'],
  ]
  console.log(
    `\nFirst renders (uncached), one at a time, p50 / p99 ms (x the ${DEMO_MEMBERS.toLocaleString('en-US')}-member p50)\n`,
  )
  const header = sizes.map((s) => `${s.toLocaleString('en-US')} members`)
  console.log(`| database | what | ${header.join(' | ')} |`)
  console.log(`| --- | --- | ${sizes.map(() => '---:').join(' | ')} |`)
  for (const db of ['postgres', 'sqlite']) {
    const runs = results.runs.filter((r) => r.db === db)
    if (runs.length === 0) continue
    const base = runs.find((r) => r.size === sizes[0])
    for (const [key, name] of kinds) {
      const cells = runs.map((r) => {
        const ratio = base ? ` (${(r[key].p50 / base[key].p50).toFixed(1)}x)` : ''
        return `${r[key].p50} / ${r[key].p99}${ratio}`
      })
      console.log(`| ${db === 'postgres' ? 'PostgreSQL' : 'SQLite'} | ${name} | ${cells.join(' | ')} |`)
    }
    console.log(
      `| ${db === 'postgres' ? 'PostgreSQL' : 'SQLite'} | one-letter searches (q=e, a, o) | ${runs.map((r) => r.broad.join(', ')).join(' | ')} |`,
    )
  }
} finally {
  await cleanup()
}
process.exit(0)
