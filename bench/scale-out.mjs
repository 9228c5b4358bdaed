// Public-page throughput with 1 and with 2 instances behind nginx, on PostgreSQL, with the shared Redis
// cache in both runs, so the instance count is the only difference (issue 7, "Scale-out").
//
// Usage: node bench/scale-out.mjs [--duration 10] [--connections 20] [--rounds 1] [--wrk]
//          [--priority nice|fifo|rr|none] [--port 4301] [--pg-port 4310] [--dist-dir .next-bench-pg]
//          [--no-build] [--database-url postgres://...]
// Starts a throwaway PostgreSQL cluster (scripts/lib/pg-cluster.mjs), migrates and seeds it (full demo seed),
// builds into --dist-dir against it, then for each instance count runs scripts/start-cluster.mjs (nginx on
// --port, instances on the next ports, its own Redis after them) and measures the pages of
// bench/lib/public-pages.mjs through nginx: autocannon, 2 s warm-up, then --duration s with --connections.
// With --rounds 2 the order is 1, 2, 1, 2 instances and each figure is the median of the rounds.
// Servers, PostgreSQL and the load generator run at a higher priority (--priority, default nice: nice -20;
// fifo/rr: chrt 50, see bench/lib/setup.mjs for why not by default) so other work disturbs them less.
// CPU per process tree is sampled over each run.
// --database-url skips the cluster and the seed (the database must be migrated and seeded); --no-build reuses
// the build in --dist-dir. Prints markdown tables and writes bench/results/scale-out.json.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { measurePage, publicPages } from './lib/public-pages.mjs'
import {
  benchOptions,
  build,
  cleanUpOnInterrupt,
  cpuProbe,
  log,
  postmasterPid,
  processTree,
  prioritize,
  prioritized,
  seededPostgres,
  startCluster,
} from './lib/setup.mjs'

const { values, duration, connections, port, distDir } = await benchOptions('.next-bench-pg', {
  rounds: { type: 'string', default: '1' },
  wrk: { type: 'boolean', default: false },
})

let pg
let cluster
const cleanup = async () => {
  await cluster?.stop()
  pg?.cluster?.stop()
}
cleanUpOnInterrupt(cleanup)

/** wrk on one URL (after autocannon's warm-up of the same page): requests/s, p50 and p99 in ms. */
function wrk(url) {
  const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--latency', url]
  const [cmd, argv] = prioritized(values.priority, 'wrk', args)
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`wrk failed (${code})`))
      const ms = (s) => {
        const [, n, unit] = s.match(/([\d.]+)(us|ms|s)/)
        return Math.round(Number(n) * { us: 0.001, ms: 1, s: 1000 }[unit])
      }
      resolve({
        rps: Math.round(Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1])),
        p50: ms(out.match(/^\s*50%\s+(\S+)/m)[1]),
        p99: ms(out.match(/^\s*99%\s+(\S+)/m)[1]),
        errors: Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
      })
    })
  })
}

async function measureCluster(instances, round) {
  log(`round ${round}: ${instances} instance(s), load average ${os.loadavg()[0].toFixed(2)}`)
  cluster = await startCluster({ instances, port, distDir, databaseUrl: pg.url, priority: values.priority })
  try {
    const postmaster = pg.cluster ? postmasterPid(pg.cluster) : undefined
    // PostgreSQL backends are sessions of their own: raised again before each page, once the pool opened them.
    const boostPostgres = () => {
      if (postmaster) for (const p of processTree(postmaster)) prioritize(p, values.priority)
    }
    const groups = {
      ...Object.fromEntries(cluster.instancePids.map((pid, i) => [`app${i + 1}`, () => processTree(pid)])),
      nginx: () => processTree(cluster.nginxPid),
      redis: () => processTree(cluster.redisPid),
      ...(postmaster && { postgres: () => processTree(postmaster) }),
    }
    const pages = await publicPages(cluster.base)
    const results = []
    for (const page of pages) {
      const url = cluster.base + page.path
      boostPostgres()
      const { extra: cpu, ...r } = await measurePage(url, {
        connections,
        duration,
        during: () => cpuProbe(groups),
      })
      const row = { ...page, ...r, cpu }
      if (values.wrk) row.wrk = await wrk(url)
      log(`  ${page.path}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, cpu ${JSON.stringify(cpu)}`)
      results.push(row)
    }
    return results
  } finally {
    await cluster.stop()
    cluster = undefined
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2)
}

try {
  pg = values['database-url']
    ? { url: values['database-url'] }
    : await seededPostgres({ port: Number(values['pg-port']) })
  if (!values['no-build']) await build(distDir, pg.url)
  prioritize(process.pid, values.priority)
  const runs = { 1: [], 2: [] }
  for (let round = 1; round <= Number(values.rounds); round++)
    for (const n of [1, 2]) runs[n].push(await measureCluster(n, round))

  // One row per page: the median over rounds of each figure.
  const summary = (n) =>
    runs[n][0].map((page, i) => {
      const all = runs[n].map((r) => r[i])
      const pick = (f) => median(all.map(f))
      return {
        name: page.name,
        path: page.path,
        rps: pick((r) => r.rps),
        p50: pick((r) => r.p50),
        p99: pick((r) => r.p99),
        errors: all.reduce((a, r) => a + r.errors, 0),
        cpu: Object.fromEntries(Object.keys(page.cpu).map((k) => [k, pick((r) => r.cpu[k])])),
        ...(values.wrk && {
          wrk: { rps: pick((r) => r.wrk.rps), p50: pick((r) => r.wrk.p50), p99: pick((r) => r.wrk.p99) },
        }),
      }
    })
  const one = summary(1)
  const two = summary(2)

  console.log(`\nautocannon, ${connections} connections, ${duration} s per page, rounds: ${values.rounds}\n`)
  console.log('| page | 1 inst. req/s | p50 / p99 ms | 2 inst. req/s | p50 / p99 ms | 2 vs 1 | errors |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const [i, a] of one.entries()) {
    const b = two[i]
    console.log(
      `| ${a.name} (\`${a.path}\`) | ${a.rps} | ${a.p50} / ${a.p99} | ${b.rps} | ${b.p50} / ${b.p99} | ${(b.rps / a.rps).toFixed(2)} | ${a.errors + b.errors} |`,
    )
  }
  const cpuKeys = Object.keys(two[0].cpu).filter((k) => k !== 'load1')
  for (const [n, rows] of [
    [1, one],
    [2, two],
  ]) {
    const keys = cpuKeys.filter((k) => k in rows[0].cpu)
    console.log(`\nCPU during the measured runs, ${n} instance(s), % of one core (machine: % of all cores)\n`)
    console.log(`| page | ${keys.join(' | ')} | load avg |`)
    console.log(`| --- | ${keys.map(() => '---:').join(' | ')} | ---: |`)
    for (const r of rows)
      console.log(`| \`${r.path}\` | ${keys.map((k) => r.cpu[k]).join(' | ')} | ${r.cpu.load1} |`)
  }
  if (values.wrk) {
    console.log(`\nwrk -t1 -c${connections} -d${duration}s, same pages\n`)
    console.log('| page | 1 inst. req/s | p50 / p99 ms | 2 inst. req/s | p50 / p99 ms | 2 vs 1 |')
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
    for (const [i, a] of one.entries()) {
      const b = two[i]
      console.log(
        `| \`${a.path}\` | ${a.wrk.rps} | ${a.wrk.p50} / ${a.wrk.p99} | ${b.wrk.rps} | ${b.wrk.p50} / ${b.wrk.p99} | ${(b.wrk.rps / a.wrk.rps).toFixed(2)} |`,
      )
    }
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(
    'bench/results/scale-out.json',
    JSON.stringify(
      {
        date: new Date().toISOString(),
        options: values,
        cpus: os.cpus().length,
        node: process.version,
        summary: { 1: one, 2: two },
        runs,
      },
      null,
      2,
    ),
  )
} finally {
  await cleanup()
}
process.exit(0)
