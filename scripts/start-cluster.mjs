// `npm run start:cluster [-- --instances 2 --port 8080]`: the scale-out set-up on one machine, for trying it:
// redis-server (unless REDIS_URL is set), N instances (scripts/server.mjs) and nginx (Debian's) balancing over them,
// with a generated config in a temp dir. Uses the existing build (`npm run build` first) and DATABASE_URL
// (PostgreSQL is the real target; the SQLite default works on one machine). Ctrl-C stops everything.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { NGINX, REDIS_SERVER, prepareNginx, redisServerArgs } from './lib/cluster.mjs'
import { precompressStatic } from './lib/precompress.mjs'
import { databaseUrl, providerOf } from './lib/database-url.mjs'

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '2' },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    // Without nginx's 1-second micro-cache (decision 0018): the benches that measure the instances themselves.
    'no-micro-cache': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})
if (values.help) {
  console.log(
    'Usage: npm run start:cluster [-- --instances N --port P --no-micro-cache]  (nginx on P, instances on P+1..P+N)',
  )
  process.exit(0)
}
const instances = Number(values.instances)
const port = Number(values.port)
if (!Number.isInteger(instances) || instances < 1 || instances > 16) throw new Error('--instances: 1 to 16')
if (!Number.isInteger(port) || port < 1 || port + instances + 1 > 65535)
  throw new Error('--port: a free port')

const root = process.cwd()
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
const url = databaseUrl()
const fail = (message) => {
  console.error(message)
  process.exit(1)
}
if (!existsSync(path.join(distDir, 'BUILD_ID'))) fail(`No build in ${distDir}: run npm run build first.`)
if (!existsSync(NGINX)) fail(`${NGINX} not found: apt-get install -y nginx (or set NGINX_BIN).`)
if (!process.env.REDIS_URL && !existsSync(REDIS_SERVER))
  fail(`${REDIS_SERVER} not found: apt-get install -y redis-server, or set REDIS_URL to a running Redis.`)

/** The demo's persisted secret (npm run demo), so sessions made there stay valid; else a new one. */
function authSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET
  const file = path.join(root, 'data', '.auth-secret')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-cluster-'))
const children = []
let stopping = false

function start(name, command, args, env = process.env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = `[${name}] `
  const print = (stream) => (d) =>
    stream.write(
      d
        .toString()
        .split('\n')
        .filter(Boolean)
        .map((l) => prefix + l + '\n')
        .join(''),
    )
  child.stdout.on('data', print(process.stdout))
  child.stderr.on('data', print(process.stderr))
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping the cluster.`)
      stop(1)
    }
  })
  children.push(child)
  return child
}

function stop(code = 0) {
  if (stopping) return
  stopping = true
  for (const c of children.reverse()) c.kill('SIGTERM')
  setTimeout(() => {
    rmSync(dir, { recursive: true, force: true })
    process.exit(code)
  }, 500)
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stop(0))

async function waitFor(what, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 250))
  }
  console.error(`${what} did not answer in ${timeoutMs / 1000} s.`)
  stop(1)
}

const redisPort = port + instances + 1
const redisUrl = process.env.REDIS_URL ?? `redis://127.0.0.1:${redisPort}`
if (!process.env.REDIS_URL) {
  let ready = false
  const redis = start('redis', REDIS_SERVER, redisServerArgs({ port: redisPort, dir }))
  redis.stdout.on('data', (d) => (ready ||= d.toString().includes('Ready to accept connections')))
  await waitFor('redis-server', async () => ready, 10_000)
}

const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: url,
  REDIS_URL: redisUrl,
  AUTH_SECRET: authSecret(),
  AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? 'true',
  SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
  // nginx in front: its X-Forwarded-For/-Proto are believed, nothing the client sent (decision 0015).
  TRUST_PROXY_HOPS: '1',
  // Without a mail server the outbox is the delivery: production refuses that unless told it is a demo.
  ...(process.env.SMTP_URL ? {} : { DEMO_MODE: 'true' }),
}
const ports = Array.from({ length: instances }, (_, i) => port + 1 + i)
// No -H: it makes Next.js treat the proxy's rewrites of filtered views as external (decision 0010).
// With METRICS_PORT, instance i serves its metrics on METRICS_PORT + i (one port each, on 127.0.0.1).
const metricsPort = process.env.METRICS_PORT ? Number(process.env.METRICS_PORT) : undefined
for (const [i, p] of ports.entries())
  start(`app${i + 1}`, process.execPath, ['scripts/server.mjs', '-p', String(p)], {
    ...env,
    ...(metricsPort ? { METRICS_PORT: String(metricsPort + i) } : {}),
  })
for (const p of ports)
  await waitFor(`instance on port ${p}`, async () => (await fetch(`http://localhost:${p}/readyz`)).ok)

// nginx sends /_next/static itself, from the build's files and their .br/.gz copies (written once here).
const staticDir = path.join(distDir, 'static')
precompressStatic(staticDir)
const nginx = prepareNginx({
  dir,
  port,
  upstreamPorts: ports,
  microCache: !values['no-micro-cache'],
  staticDir,
})
const nginxConf = nginx.conf
start('nginx', NGINX, nginx.args)
await waitFor('nginx', async () => (await fetch(`http://localhost:${port}/`)).ok, 10_000)

console.log(`
The cluster is up: http://localhost:${port}  (nginx, config ${nginxConf})
  instances: ${ports.map((p) => `http://localhost:${p}`).join(', ')}
  database:  ${providerOf(url)} ${url.startsWith('file:') ? url : '(DATABASE_URL)'}
  cache and rate limits: Redis ${redisUrl}
Ctrl-C stops everything.`)
