// `npm start`: the production server. Next.js's own request handler behind a thin trusted layer (decision 0015)
// that sets the client's address, scheme and host from the connection and TRUST_PROXY_HOPS (never from what the
// client sent) and refuses a declared body larger than the app ever reads. Every way the site is started
// (npm start, npm run demo, start-cluster, the test suites, the benches) runs this file.
//   node scripts/server.mjs [--port 3000] [--hostname 0.0.0.0]
import http from 'node:http'
import { parseArgs } from 'node:util'
import {
  applyTrustedFacts,
  declaresTooLargeBody,
  parseTrustProxyHops,
  trustedFacts,
} from './lib/trusted-request.mjs'

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT || '3000' },
    // Where to listen: all interfaces by default, as `next start`.
    hostname: { type: 'string', short: 'H' },
  },
})
const port = Number(values.port)
const hops = parseTrustProxyHops(process.env.TRUST_PROXY_HOPS)
if (hops instanceof Error || !Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(hops instanceof Error ? hops.message : `--port: a port number (got "${values.port}")`)
  process.exit(1)
}
process.env.NODE_ENV = 'production'
process.title = 'next-server'

const { default: next } = await import('next')
// Next.js knows itself as localhost: its proxy's rewrites stay within the process (decision 0010).
const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((req, res) => {
  if (declaresTooLargeBody(req.headers)) {
    res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
    res.end('The request is too large.')
    return
  }
  applyTrustedFacts(req.headers, trustedFacts({ socket: req.socket, headers: req.headers, hops }))
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
