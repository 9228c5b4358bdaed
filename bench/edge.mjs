// What nginx's micro-cache buys (issue 19, decision 0018): each public page measured four ways in one run,
//   micro     through nginx with the micro-cache (the production config, scripts/lib/cluster.mjs)
//   nginx     through the same nginx without the micro-cache
//   node      straight to the instance (scripts/server.mjs, as `npm start`)
//   static    nginx serving the same bytes as a file: the machine's limit for that page
// with wrk (one thread, --connections, --duration s, after a warm-up that fills every cache).
//
// Usage: node bench/edge.mjs [--duration 8] [--connections 20] [--port 4401]
// Serves the existing build (NEXT_DIST_DIR, default .next) on DATABASE_URL (default: the demo's database), one
// instance, no Redis. Needs wrk (apt-get install -y wrk) and nginx. Prints a markdown table for
// docs/PERFORMANCE.md and writes bench/results/edge.json.
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { NGINX, prepareNginx } from '../scripts/lib/cluster.mjs'
import { publicPages } from './lib/public-pages.mjs'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '20' },
    port: { type: 'string', default: '4401' },
  },
})
const port = Number(values.port)
const ports = { node: port, micro: port + 1, nginx: port + 2, static: port + 3 }
const base = Object.fromEntries(Object.entries(ports).map(([k, p]) => [k, `http://127.0.0.1:${p}`]))
const distDir = process.env.NEXT_DIST_DIR ?? '.next'
if (!existsSync(path.join(distDir, 'BUILD_ID')))
  throw new Error(`no build in ${distDir}: npm run build first`)
if (spawnSync('wrk', ['--version']).error) throw new Error('wrk not found: apt-get install -y wrk')

const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-edge-'))
// nginx started as root runs its workers as another user, which must reach the temp dirs below this one.
chmodSync(dir, 0o755)
const children = []
const stop = () => {
  for (const c of children.reverse()) c.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => (stop(), process.exit(130)))

function start(command, args, env = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  children.push(child)
  return child
}

async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer`)
}

/** wrk on one URL: requests/s, p50 and p99 in ms, non-2xx/3xx answers. */
function wrk(url, duration = Number(values.duration)) {
  const args = ['-t1', `-c${values.connections}`, `-d${duration}s`, '--latency', url]
  const out = spawnSync('wrk', args, { encoding: 'utf8' }).stdout
  if (!/Requests\/sec/.test(out)) throw new Error(`wrk ${url}: ${out}`)
  const ms = (s) => {
    const m = s.match(/^([\d.]+)(us|ms|s|m)$/)
    if (!m) throw new Error(`wrk ${url}: cannot read the latency "${s}" in:\n${out}`)
    return +(Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[m[2]]).toFixed(2)
  }
  return {
    rps: Math.round(Number(out.match(/Requests\/sec:\s+([\d.]+)/)[1])),
    p50: ms(out.match(/^\s*50%\s+(\S+)/m)[1]),
    p99: ms(out.match(/^\s*99%\s+(\S+)/m)[1]),
    errors: Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
  }
}

try {
  start(process.execPath, ['scripts/server.mjs', '-p', String(ports.node)], {
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    AUTH_SECRET: process.env.AUTH_SECRET ?? 'edge-bench-'.repeat(4),
    AUTH_TRUST_HOST: 'true',
    LOG_LEVEL: 'warn',
    // Behind nginx, as in production: the instance dates each answer to nginx's second (decision 0018).
    TRUST_PROXY_HOPS: '1',
    ...(process.env.SMTP_URL ? {} : { DEMO_MODE: 'true' }),
  })
  await waitFor(`${base.node}/accessibility`)
  for (const [name, microCache] of [
    ['micro', true],
    ['nginx', false],
  ]) {
    const own = path.join(dir, name)
    mkdirSync(own)
    const { args } = prepareNginx({ dir: own, port: ports[name], upstreamPorts: [ports.node], microCache })
    start(NGINX, args)
    await waitFor(`${base[name]}/accessibility`)
  }

  const pages = [
    ...(await publicPages(base.node)),
    { name: 'Solutions Gateway', path: '/solutions' },
    { name: 'Solutions Gateway search "flooding"', path: '/solutions?q=flooding' },
    { name: 'open-data API', path: '/api/v1/municipalities' },
  ]

  // The same bytes as files, for nginx to serve as fast as it serves anything.
  const files = path.join(dir, 'files')
  mkdirSync(files)
  for (const [i, page] of pages.entries()) {
    const response = await fetch(base.node + page.path)
    page.bytes = Buffer.from(await response.arrayBuffer())
    page.file = `/${i}`
    writeFileSync(path.join(files, String(i)), page.bytes)
  }
  const staticDir = path.join(dir, 'static')
  mkdirSync(staticDir)
  const staticConf = path.join(staticDir, 'nginx.conf')
  writeFileSync(
    staticConf,
    `daemon off; worker_processes auto; pid ${staticDir}/nginx.pid; error_log stderr warn;
events { worker_connections 4096; }
http { access_log off; default_type text/html;
  server { listen 127.0.0.1:${ports.static}; root ${files}; location / { try_files $uri =404; } } }
`,
  )
  start(NGINX, ['-c', staticConf, '-p', staticDir, '-e', 'stderr'])
  await waitFor(`${base.static}/0`)

  const results = []
  for (const page of pages) {
    const row = { name: page.name, path: page.path, kb: +(page.bytes.length / 1024).toFixed(1) }
    for (const mode of ['micro', 'nginx', 'node', 'static']) {
      const url = base[mode] + (mode === 'static' ? page.file : page.path)
      wrk(url, 2) // warm-up: fills Next.js's cache and the micro-cache
      row[mode] = wrk(url)
      console.error(
        `${page.path} ${mode}: ${row[mode].rps} req/s, p50 ${row[mode].p50} ms, p99 ${row[mode].p99} ms`,
      )
    }
    results.push(row)
  }

  console.log(
    `| page | KB | micro-cache req/s (p50/p99 ms) | nginx, no micro-cache | next start | static file | micro / static | micro / next |`,
  )
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`)
  const cell = (m) => `${m.rps} (${m.p50}/${m.p99})${m.errors ? ` ${m.errors} errors` : ''}`
  for (const r of results) {
    console.log(
      `| ${r.name} (\`${r.path}\`) | ${r.kb} | ${cell(r.micro)} | ${cell(r.nginx)} | ${cell(r.node)} | ${cell(r.static)} | ${(r.micro.rps / r.static.rps).toFixed(2)} | ${(r.micro.rps / r.node.rps).toFixed(1)}x |`,
    )
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync(
    'bench/results/edge.json',
    JSON.stringify(
      { date: new Date().toISOString(), connections: Number(values.connections), results },
      null,
      2,
    ),
  )
} finally {
  stop()
}
process.exit(0)
