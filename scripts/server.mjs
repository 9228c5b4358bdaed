// `npm start`: the production server. Next.js's own request handler behind a thin trusted layer (decision 0015)
// that sets the client's address, scheme and host from the connection and TRUST_PROXY_HOPS (never from what the
// client sent) and refuses a declared body larger than the app ever reads. Every way the site is started
// (npm start, npm run demo, start-cluster, the test suites, the benches) runs this file.
// With METRICS_PORT set, it also serves Prometheus metrics on 127.0.0.1 at that port, never on the public one.
//   node scripts/server.mjs [--port 3000] [--hostname 0.0.0.0]
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  applyTrustedFacts,
  declaresTooLargeBody,
  parseTrustProxyHops,
  trustedFacts,
} from './lib/trusted-request.mjs'
import { routeLabelerFor } from './lib/route-label.mjs'
import { expireAtEdgeClock } from './lib/micro-cache-expiry.mjs'
import { keepBrowsersFresh } from './lib/browser-cache.mjs'
import { build } from 'esbuild'

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT || '3000' },
    // Where to listen: all interfaces by default, as `next start`.
    hostname: { type: 'string', short: 'H' },
  },
})
const isPort = (n) => Number.isInteger(n) && n >= 1 && n <= 65535
const port = Number(values.port)
const hops = parseTrustProxyHops(process.env.TRUST_PROXY_HOPS)
const metricsPort = process.env.METRICS_PORT ? Number(process.env.METRICS_PORT) : undefined
if (hops instanceof Error || !isPort(port)) {
  console.error(hops instanceof Error ? hops.message : `--port: a port number (got "${values.port}")`)
  process.exit(1)
}
if (metricsPort !== undefined && (!isPort(metricsPort) || metricsPort === port)) {
  console.error(`METRICS_PORT: a port number other than the site's (got "${process.env.METRICS_PORT}")`)
  process.exit(1)
}
process.env.NODE_ENV = 'production'
process.title = 'next-server'

const { default: next } = await import('next')
// Next.js knows itself as localhost: its proxy's rewrites stay within the process (decision 0010).
const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()
// The lists' filtered views, the calculator's and the open data's queries go straight to their cached internal
// routes, as the proxy would send them, without the proxy's pass; the internal routes asked for by their own
// addresses are refused (decision 0010, "At the front door"). The same TypeScript the proxy runs, bundled once
// here by esbuild and imported from memory (a loader hook such as tsx's would sit on every later import).
const { frontDoorPath, isInternalAddress } = await importTypeScript('src/server/routing/front-door.ts')

// Each request's route pattern, method, status and duration, when metrics are on (measured here, where every
// request passes, cached pages too, without a proxy run).
const measure = metricsPort ? await requestMetrics() : () => {}

const server = http.createServer((req, res) => {
  measure(req, res)
  if (declaresTooLargeBody(req.headers)) {
    res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
    res.end('The request is too large.')
    return
  }
  applyTrustedFacts(req.headers, trustedFacts({ socket: req.socket, headers: req.headers, hops }))
  expireAtEdgeClock(req, res, hops)
  keepBrowsersFresh(res)
  if (isInternalAddress(req.url)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Not found')
    return
  }
  const view = frontDoorPath(req)
  if (view) req.url = view
  handle(req, res).catch((err) => {
    console.error(err)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('Internal Server Error')
  })
})
server.on('error', (err) => {
  console.error(`The server could not listen on port ${port}: ${err.message}`)
  process.exit(1)
})
server.listen(port, values.hostname, () => {
  // The server's own address, as `next start` records it: the pledge forms render their pages over it.
  process.env.PORT = String(port)
  const own = values.hostname && !['0.0.0.0', '::'].includes(values.hostname) ? values.hostname : 'localhost'
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${own}:${port}`
  console.log(`Ready on http://localhost:${port} (trusted proxy hops: ${hops})`)
})

if (metricsPort) await serveMetrics(metricsPort)

async function importTypeScript(entry) {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
  })
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`)
}

async function requestMetrics() {
  const { observeRequest } = await import('../src/lib/metrics/metrics.mjs')
  const label = routeLabelerFor(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next'))
  return (req, res) => {
    const start = process.hrtime.bigint()
    // The address asked for, before the front door routes a view to its internal path.
    const route = label(req.url ?? '/')
    res.once('close', () =>
      observeRequest({
        route,
        method: req.method,
        // A response the client cut off before its end has no status to report.
        status: res.writableFinished ? res.statusCode : 0,
        seconds: Number(process.hrtime.bigint() - start) / 1e9,
      }),
    )
  }
}

// On the loopback interface only, whatever --hostname says: the counters describe traffic and are for the
// operator's Prometheus (or a tunnel to it), not for visitors (docs/SECURITY.md). No other path answers.
async function serveMetrics(metricsPort) {
  const { metricsRegistry } = await import('../src/lib/metrics/metrics.mjs')
  const registry = metricsRegistry()
  const metrics = http.createServer((req, res) => {
    const pathname = (req.url ?? '').split('?')[0]
    if (pathname !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' })
        res.end(req.method === 'HEAD' ? undefined : text)
      },
      (err) => {
        console.error(err)
        res.writeHead(500).end()
      },
    )
  })
  await new Promise((resolve) => {
    metrics.on('error', (err) => {
      console.error(`The metrics server could not listen on 127.0.0.1:${metricsPort}: ${err.message}`)
      process.exit(1)
    })
    metrics.listen(metricsPort, '127.0.0.1', resolve)
  })
  metrics.unref()
  console.log(`Metrics on http://127.0.0.1:${metricsPort}/metrics`)
}

let stopping = false
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    // Finish the requests in flight, then let Next.js close what it holds.
    server.close(() => app.close().finally(() => process.exit(code)))
    server.closeIdleConnections()
    setTimeout(() => process.exit(code), 10_000).unref()
  })
}
