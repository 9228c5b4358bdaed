// Set-up shared by the PostgreSQL benches (bench/scale-out.mjs, bench/directory-large.mjs): a throwaway
// cluster, migrated and seeded; a production build against it; the nginx + Redis + N instances set-up of
// scripts/start-cluster.mjs; a higher scheduling priority; and CPU accounting per process tree from /proc.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startPgCluster } from '../../scripts/lib/pg-cluster.mjs'

export const log = (message) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/** Runs a command to completion; its output is shown only when it fails (or with `show`). */
export function run(command, args, env = {}, { show = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', show ? 'inherit' : 'pipe', show ? 'inherit' : 'pipe'],
    })
    let output = ''
    child.stdout?.on('data', (d) => (output += d))
    child.stderr?.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    )
  })
}

const seconds = (t) => ((performance.now() - t) / 1000).toFixed(1)

/** A throwaway PostgreSQL cluster with one database, migrated and seeded (full demo seed). */
export async function seededPostgres({ port } = {}) {
  let t = performance.now()
  const cluster = await startPgCluster({ port })
  try {
    const url = await cluster.createDatabase('bench')
    log(`PostgreSQL on port ${cluster.port} in ${seconds(t)} s`)
    t = performance.now()
    await run(process.execPath, ['scripts/migrate.mjs', 'deploy'], { DATABASE_URL: url })
    await run('npm', ['run', '--silent', 'db:seed'], { DATABASE_URL: url })
    log(`migrated and seeded in ${seconds(t)} s`)
    return { cluster, url }
  } catch (e) {
    cluster.stop()
    throw e
  }
}

/** `next build` into `distDir` against `databaseUrl`, leaving tsconfig.json as it was. */
export async function build(distDir, databaseUrl) {
  const t = performance.now()
  // The data cache outlives builds: a previous run's figures would be served instead of this database's.
  rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  // next build adds its dist dir's type paths to tsconfig.json; leave no trace.
  const tsconfig = readFileSync('tsconfig.json', 'utf8')
  const env = {
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  try {
    // Compile, then prerender: the full `next build` without its type check, which would fail the bench on a
    // file someone is editing (types are checked by `npm run typecheck`).
    for (const mode of ['compile', 'generate'])
      await run(
        process.execPath,
        ['node_modules/next/dist/bin/next', 'build', `--experimental-build-mode=${mode}`],
        env,
      )
  } finally {
    if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig)
  }
  log(`built ${distDir} in ${seconds(t)} s`)
}

/** Every process id on the machine with its parent. */
function parents() {
  const map = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // The command name is in parentheses and may hold spaces: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      map.set(Number(name), Number(fields[1]))
    } catch {}
  }
  return map
}

/** A process and all its descendants. */
export function processTree(pid) {
  const byParent = new Map()
  for (const [child, parent] of parents()) {
    if (!byParent.has(parent)) byParent.set(parent, [])
    byParent.get(parent).push(child)
  }
  const out = []
  const walk = (p) => {
    out.push(p)
    for (const c of byParent.get(p) ?? []) walk(c)
  }
  walk(pid)
  return out
}

const TICKS = 100 // USER_HZ on Linux

/** CPU seconds (user + system) used so far by the given processes. */
function cpuSeconds(pids) {
  let ticks = 0
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12]) // utime, stime
    } catch {}
  }
  return ticks / TICKS
}

/** When a process started (clock ticks since boot), or undefined when it is gone. */
function startTime(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
  } catch {
    return undefined
  }
}

/** The process listening on a local TCP port (the master, for nginx: its workers are its children). */
function listener(port) {
  const out = spawnSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' }).stdout
  const pids = [...out.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1]))
  if (pids.length === 0) throw new Error(`nothing listens on port ${port}`)
  const parent = parents()
  // nginx: master and workers share the socket; keep the one whose parent is not among them.
  return pids.find((p) => !pids.includes(parent.get(p))) ?? pids[0]
}

/** Busy and total CPU seconds of the whole machine so far (all cores). */
function machineSeconds() {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0)
  const idle = cpu[3] + cpu[4]
  return { busy: (total - idle) / TICKS, total: total / TICKS }
}

/**
 * Samples CPU over a window: `groups` maps a name to a function returning process ids (read at the start, so
 * processes forked later, such as new PostgreSQL backends, count only if the function is called again).
 * stop() returns each group's CPU as a percentage of one core, plus the machine's busy share and load average.
 */
export function cpuProbe(groups) {
  const pidsOf = Object.fromEntries(Object.entries(groups).map(([k, f]) => [k, f()]))
  const before = Object.fromEntries(Object.entries(pidsOf).map(([k, p]) => [k, cpuSeconds(p)]))
  const machine = machineSeconds()
  const self = process.cpuUsage()
  const t = performance.now()
  return {
    async stop() {
      const wall = (performance.now() - t) / 1000
      const out = {}
      for (const [k, f] of Object.entries(groups)) {
        // Processes that exited during the window are lost; ones that appeared are counted from zero.
        const pids = [...new Set([...pidsOf[k], ...f()])]
        out[k] = Math.round((100 * (cpuSeconds(pids) - before[k])) / wall)
      }
      const used = process.cpuUsage(self)
      out.loadgen = Math.round((100 * (used.user + used.system)) / 1e6 / wall)
      const m = machineSeconds()
      out.machineBusy = Math.round((100 * (m.busy - machine.busy)) / (m.total - machine.total)) // of all cores
      out.load1 = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
      return out
    },
  }
}

/**
 * Raises a running process (every thread) above the rest of the machine: "nice" (default) renices it to -20,
 * and its autogroup too (the kernel schedules each session as a group, so a nice value alone only counts
 * within the session; PostgreSQL backends are each a session of their own); "fifo" and "rr" put it under that
 * real-time policy (chrt, priority 50); "none" leaves it.
 * Real-time is risky with Next.js: two instances under SCHED_FIFO on two cores each spun at 100% at start-up
 * without ever answering (a thread each waits for never runs), so the benches default to nice.
 */
export function prioritize(pid, mode) {
  if (!mode || mode === 'none') return
  if (mode === 'nice') {
    try {
      writeFileSync(`/proc/${pid}/autogroup`, '-20')
      for (const tid of readdirSync(`/proc/${pid}/task`)) spawnSync('renice', ['-n', '-20', '-p', tid])
    } catch {} // gone meanwhile
    return
  }
  const res = spawnSync('chrt', [`--${mode}`, '-a', '-p', '50', String(pid)], { encoding: 'utf8' })
  if (res.status !== 0) throw new Error(`chrt failed for ${pid}: ${res.stderr}`)
}

/**
 * With "nice", runs this script again in a session of its own (setsid), so that raising its autogroup raises
 * only the bench and what it starts; returns false in the parent (which then waits and exits), true to go on.
 */
export async function ownSession(mode) {
  if (mode !== 'nice') return true
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const session = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3])
  if (session === process.pid) return true
  const child = spawn('setsid', ['--wait', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  })
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
  const code = await new Promise((r) => child.on('exit', (c) => r(c ?? 1)))
  process.exit(code)
}

/** The command prefix that starts a process with that priority (its threads and children inherit it). */
export function prioritized(mode, command, args) {
  if (!mode || mode === 'none') return [command, args]
  if (mode === 'nice') return ['nice', ['-n', '-20', command, ...args]]
  return ['chrt', [`--${mode}`, '50', command, ...args]]
}

export const PRIORITIES = ['nice', 'fifo', 'rr', 'none']

/** The postmaster of a cluster started by scripts/lib/pg-cluster.mjs. */
export function postmasterPid(cluster) {
  return Number(readFileSync(path.join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0])
}

/**
 * scripts/start-cluster.mjs (nginx on `port`, instances on port+1..port+N, its own Redis on port+N+1), as a
 * child process, started with `priority` (see prioritize) so that nginx, Redis and the instances inherit it.
 * Resolves once it says the cluster is up, with the process ids of each part.
 */
export async function startCluster({ instances, port, distDir, databaseUrl, priority, env = {} }) {
  if (!existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`no build in ${distDir}`)
  // The instances are what these benches measure: nginx passes every request on (bench/edge.mjs measures the
  // micro-cache).
  const args = [
    ...['scripts/start-cluster.mjs', '--instances', String(instances), '--port', String(port)],
    '--no-micro-cache',
  ]
  const [command, argv] = prioritized(priority, process.execPath, args)
  const { REDIS_URL: _ignored, ...inherited } = process.env
  const child = spawn(command, argv, {
    env: {
      ...inherited,
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: 'bench-'.repeat(8),
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const up = new Promise((resolve, reject) => {
    const onData = (d) => {
      output += d
      if (output.includes('The cluster is up')) resolve()
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`start-cluster exited (${code}):\n${output}`)))
  })
  const timeout = setTimeout(() => child.kill('SIGTERM'), 180_000)
  await up.finally(() => clearTimeout(timeout))
  let instancePids, nginx, redis
  try {
    // Each part by the port it listens on (next start renames its process, so command lines do not tell).
    instancePids = Array.from({ length: instances }, (_, i) => listener(port + 1 + i))
    nginx = listener(port)
    redis = listener(port + instances + 1)
  } catch (e) {
    child.kill('SIGTERM')
    throw e
  }
  return {
    base: `http://localhost:${port}`,
    instanceBase: (i) => `http://localhost:${port + 1 + i}`,
    instancePids,
    nginxPid: nginx,
    redisPid: redis,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return
      // start-cluster stops its children on SIGTERM; make sure none is left behind, killing only processes
      // that are still the ones it started (same pid and start time).
      const ours = [instancePids, nginx, redis].flat().flatMap((pid) => processTree(pid))
      const started = new Map(ours.map((pid) => [pid, startTime(pid)]))
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
      for (const [pid, time] of started)
        if (time !== undefined && startTime(pid) === time)
          try {
            process.kill(pid, 'SIGKILL')
          } catch {}
    },
  }
}

/**
 * The options both PostgreSQL benches take (with `own`, a bench's own, in parseArgs' form), read from the command
 * line; then --priority is checked and the bench moves into a session of its own.
 */
export async function benchOptions(distDir, own) {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '20' },
      priority: { type: 'string', default: 'nice' },
      port: { type: 'string', default: '4301' },
      'pg-port': { type: 'string', default: '4310' },
      'dist-dir': { type: 'string', default: distDir },
      'no-build': { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      ...own,
    },
  })
  if (!PRIORITIES.includes(values.priority)) throw new Error(`--priority: ${PRIORITIES.join(', ')}`)
  await ownSession(values.priority)
  return {
    values,
    duration: Number(values.duration),
    connections: Number(values.connections),
    port: Number(values.port),
    distDir: values['dist-dir'],
  }
}

/** Runs `cleanup` on Ctrl-C or SIGTERM, then exits with 130. */
export function cleanUpOnInterrupt(cleanup) {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => cleanup().finally(() => process.exit(130)))
}
