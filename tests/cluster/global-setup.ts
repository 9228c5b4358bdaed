// The scale-out set-up, as docs/DEPLOYMENT.md describes it, on loopback ports: a throwaway PostgreSQL cluster
// (migrated and seeded, without demo data), a production build made against it, Redis, two `next start`
// instances (A and B) and Debian's nginx balancing over them. Everything stops when the run ends. CLUSTER_REUSE_BUILD=1 skips the
// build when one exists (quicker reruns); CLUSTER_KEEP_LOGS=1 keeps the processes' logs (their temp dir).
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  BROTLI_MODULE,
  BROTLI_STATIC_MODULE,
  NGINX,
  REDIS_SERVER,
  prepareNginx,
  redisServerArgs,
} from '../../scripts/lib/cluster.mjs'
import { precompressStatic } from '../../scripts/lib/precompress.mjs'
import { startPgCluster, type PgCluster } from '../../scripts/lib/pg-cluster.mjs'
import { authSecret, distDir, ports, urls } from './cluster-env'

const processes: ChildProcess[] = []
let tsconfigBefore: string | undefined

// next build adds its dist dir's type paths to tsconfig.json: leave no trace.
function restoreTsconfig() {
  if (tsconfigBefore !== undefined && readFileSync('tsconfig.json', 'utf8') !== tsconfigBefore)
    writeFileSync('tsconfig.json', tsconfigBefore)
}

function run(label: string, command: string, args: string[], env: Record<string, string>) {
  console.log(`\n> ${label}`)
  const started = Date.now()
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    processes.push(child)
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${label} failed (exit ${code})`))
      console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`)
      resolve()
    })
  })
}

function start(logDir: string, name: string, command: string, args: string[], env: Record<string, string>) {
  const log = createWriteStream(path.join(logDir, `${name}.log`))
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.pipe(log)
  child.stderr!.pipe(log)
  processes.push(child)
  return child
}

async function waitFor(what: string, check: () => Promise<boolean>, logDir: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 250))
  }
  const logs = ['redis', 'A', 'B', 'nginx']
    .map((n) => path.join(logDir, `${n}.log`))
    .filter((f) => existsSync(f))
    .map((f) => `--- ${path.basename(f)}\n${readFileSync(f, 'utf8')}`)
  throw new Error(`${what} did not answer in ${timeoutMs} ms:\n${logs.join('\n')}`)
}

async function build(env: Record<string, string>) {
  // The data cache outlives builds: a previous run's figures would be served instead of this database's.
  rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true })
  // `npm test` passes the e2e stage's build (scripts/test.mjs, sharedBuild): no page keeps build-time data.
  if (process.env.CLUSTER_REUSE_BUILD === '1' && existsSync(path.join(distDir, 'BUILD_ID'))) {
    console.log(`\n> reusing the build in ${distDir} (CLUSTER_REUSE_BUILD=1)`)
    return
  }
  tsconfigBefore = readFileSync('tsconfig.json', 'utf8')
  try {
    await run(`build into ${distDir}`, process.execPath, ['node_modules/next/dist/bin/next', 'build'], env)
  } finally {
    restoreTsconfig()
  }
}

export default async function globalSetup() {
  const tools: [string, string][] = [
    ['nginx', NGINX],
    ['redis-server', REDIS_SERVER],
    ['libnginx-mod-http-brotli-filter', BROTLI_MODULE],
    ['libnginx-mod-http-brotli-static', BROTLI_STATIC_MODULE],
  ]
  for (const [what, file] of tools)
    if (!existsSync(file)) throw new Error(`${file} not found: apt-get install -y ${what}`)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-cluster-test-'))
  let pg: PgCluster | undefined
  // Should Playwright give up on the set-up or the teardown (its global timeout), nothing is left running.
  const onExit = () => {
    for (const p of processes) p.kill('SIGKILL')
    restoreTsconfig()
    try {
      pg?.stop()
    } catch {}
  }
  process.once('exit', onExit)
  const teardown = async () => {
    process.off('exit', onExit)
    for (const p of processes.reverse()) p.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    try {
      pg?.stop()
    } catch {
      // Already stopped by a test that failed half-way: stop() removed its files all the same.
    }
    if (process.env.CLUSTER_KEEP_LOGS === '1') console.log(`Logs of the cluster kept in ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
  try {
    pg = await startPgCluster({ port: ports.postgres })
    const databaseUrl = await pg.createDatabase('cluster')
    const env = {
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: 'true',
      SITE_URL: urls.nginx,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // No mail server: the outbox is the delivery, which production allows only as a demo.
      DEMO_MODE: 'true',
      // nginx in front (and the specs, when they call an instance directly): decision 0015.
      TRUST_PROXY_HOPS: '1',
    }
    await run('migrate the cluster database', process.execPath, ['scripts/migrate.mjs', 'deploy'], env)
    // Without the demo data, which would add a minute: the specs make the rows they need.
    await run('seed the cluster database', 'npm', ['run', '--silent', 'db:seed'], {
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
    })
    await build(env)

    const redis = start(dir, 'redis', REDIS_SERVER, redisServerArgs({ port: ports.redis, dir }), {})
    let redisReady = false
    redis.stdout!.on('data', (d) => (redisReady ||= String(d).includes('Ready to accept connections')))
    await waitFor('redis-server', async () => redisReady, dir, 10_000)
    const appEnv = { ...env, REDIS_URL: `redis://127.0.0.1:${ports.redis}` }
    // No -H: it makes Next.js treat the proxy's rewrites of filtered views as external (decision 0010).
    for (const [name, port] of [
      ['A', ports.a],
      ['B', ports.b],
    ] as const)
      start(dir, name, process.execPath, ['scripts/server.mjs', '-p', String(port)], appEnv)
    for (const url of [urls.a, urls.b])
      await waitFor(url, async () => (await fetch(`${url}/`)).status < 500, dir)
    // As `npm run start:cluster`: nginx sends the build's static files itself, precompressed.
    const staticDir = path.join(distDir, 'static')
    precompressStatic(staticDir)
    const nginx = prepareNginx({
      dir,
      port: ports.nginx,
      upstreamPorts: [ports.a, ports.b],
      upstreamHeader: true,
      staticDir,
    })
    start(dir, 'nginx', NGINX, nginx.args, {})
    await waitFor('nginx', async () => (await fetch(`${urls.nginx}/`)).ok, dir, 10_000)
    console.log(`\nThe cluster is up: nginx ${urls.nginx} over A ${urls.a} and B ${urls.b} (logs in ${dir})`)

    Object.assign(process.env, {
      CLUSTER_DATABASE_URL: databaseUrl,
      CLUSTER_PG_DIR: pg.dir,
      CLUSTER_PG_OPTIONS: pg.serverOptions,
      CLUSTER_LOG_DIR: dir,
    })
  } catch (e) {
    await teardown()
    throw e
  }
  return teardown
}
