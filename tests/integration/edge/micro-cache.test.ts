// The nginx micro-cache of the production topology (decision 0018), as scripts/lib/cluster.mjs generates it for
// docs/DEPLOYMENT.md, `npm run start:cluster` and the cluster tests: Debian's nginx in front of a small upstream
// that counts the requests it gets, so that what nginx kept, refused to keep and passed on can be seen exactly.
// The site behind the same config is tested in tests/cluster. Runs once (in the SQLite run): no database.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { BROTLI_STATIC_MODULE, NGINX, prepareNginx } from '../../../scripts/lib/cluster.mjs'
import { precompressStatic } from '../../../scripts/lib/precompress.mjs'
import { expireAtEdgeClock } from '../../../scripts/lib/micro-cache-expiry.mjs'

const served = new Map<string, number>()
// What the upstream was sent, by path (a background refresh of an earlier test's entry may arrive at any time).
const seen: { path: string; headers: http.IncomingHttpHeaders }[] = []
const headersSentFor = (p: string) => seen.filter((s) => s.path === p).map((s) => s.headers)
let failing = false

/** The upstream: every answer says how many times its path was asked for, and with which variant headers. */
function upstream(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url!, 'http://upstream')
  const key = `${req.method} ${url.pathname}`
  const n = (served.get(key) ?? 0) + 1
  served.set(key, n)
  seen.push({ path: url.pathname, headers: req.headers })
  const signedIn = /authjs\.session-token=/.test(req.headers.cookie ?? '')
  const body = `${url.pathname} #${n}${signedIn ? ' signed in' : ''}`
  const publicPage = { 'cache-control': 's-maxage=31536000', 'content-type': 'text/html; charset=utf-8' }
  const send = (status: number, headers: Record<string, string>, text = body) => {
    res.writeHead(status, headers)
    res.end(text)
  }
  if (url.pathname === '/flaky' && failing) return send(503, { 'content-type': 'text/plain' }, 'down')
  if (url.pathname === '/slow') return setTimeout(() => send(200, publicPage), 300)
  // As scripts/server.mjs answers behind a trusted proxy: dated to nginx's second.
  if (url.pathname === '/to-the-second') {
    expireAtEdgeClock(req, res, 1)
    return send(200, publicPage)
  }
  if (url.pathname === '/private-answer')
    return send(200, {
      ...publicPage,
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    })
  if (url.pathname === '/cookie') return send(200, { ...publicPage, 'set-cookie': 'seen=1; Path=/' })
  if (url.pathname === '/big')
    return send(200, publicPage, `${body}\n${'<p>Resilient communities</p>\n'.repeat(200)}`)
  if (req.headers.rsc === '1')
    return send(200, { ...publicPage, 'content-type': 'text/x-component' }, `rsc ${body}`)
  send(200, publicPage)
}

async function freePort() {
  return new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

const chunk = `${'self.campaigns=(self.campaigns||[]).concat(["resilient","communities"]);\n'.repeat(100)}`

/** Raw bytes as sent (fetch would inflate them). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) =>
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
      .on('error', reject),
  )
}

const countOf = (pathname: string, method = 'GET') => served.get(`${method} ${pathname}`) ?? 0
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe.runIf(inject('databaseProvider') === 'sqlite')(
  'the nginx micro-cache in front of the instances',
  () => {
    let dir: string
    let server: http.Server
    let nginx: ChildProcess
    let base: string

    beforeAll(async () => {
      for (const [what, file] of [
        ['nginx', NGINX],
        ['libnginx-mod-http-brotli-static', BROTLI_STATIC_MODULE],
      ] as const)
        if (!existsSync(file)) throw new Error(`${file} not found: apt-get install -y ${what}`)
      dir = mkdtempSync(path.join(os.tmpdir(), 'lc-micro-cache-'))
      server = http.createServer(upstream)
      const upstreamPort = await freePort()
      await new Promise<void>((r) => server.listen(upstreamPort, '127.0.0.1', r))
      const port = await freePort()
      base = `http://127.0.0.1:${port}`
      // A build's static folder, as scripts/precompress-static.mjs leaves it after `npm run build`.
      const staticDir = path.join(dir, 'static')
      mkdirSync(path.join(staticDir, 'chunks'), { recursive: true })
      writeFileSync(path.join(staticDir, 'chunks', 'app.js'), chunk)
      writeFileSync(path.join(staticDir, 'chunks', 'tiny.js'), 'void 0\n')
      expect(precompressStatic(staticDir)).toBe(1)
      const { args } = prepareNginx({ dir, port, upstreamPorts: [upstreamPort], staticDir })
      nginx = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] })
      let errors = ''
      nginx.stderr!.on('data', (d) => (errors += d))
      for (let i = 0; ; i++) {
        if (
          await fetch(`${base}/ready`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break
        if (i > 100) throw new Error(`nginx did not start: ${errors}`)
        await sleep(50)
      }
    })
    afterAll(async () => {
      nginx?.kill()
      await new Promise((r) => server?.close(r))
      rmSync(dir, { recursive: true, force: true })
    })

    const get = (pathname: string, headers: Record<string, string> = {}) =>
      fetch(`${base}${pathname}`, { headers })

    test("keeps an answer the instance dates to nginx's second until that second ends, and no longer", async () => {
      const nextSecond = () => sleep(1_000 - (Date.now() % 1_000) + 50)
      // Just after a second begins, so that both requests fall in it.
      await nextSecond()
      const first = await get('/to-the-second')
      const second = await get('/to-the-second')
      expect([await first.text(), await second.text()]).toEqual(['/to-the-second #1', '/to-the-second #1'])
      expect(second.headers.get('x-cache-status')).toBe('HIT')
      // nginx sent its clock and keeps the instance's answer to itself.
      const edgeTime = Number(headersSentFor('/to-the-second')[0]!['x-edge-time'])
      expect(Math.abs(edgeTime * 1000 - Date.now())).toBeLessThan(1_000)
      expect(first.headers.get('x-accel-expires')).toBeNull()
      // In the next second the entry has expired ("1s" alone would keep it to the end of that one too): the
      // request waits for the fresh answer.
      await nextSecond()
      const next = await get('/to-the-second')
      expect(next.headers.get('x-cache-status')).toBe('EXPIRED')
      expect(await next.text()).toBe('/to-the-second #2')
    })

    test('keeps a public answer for a second, passing on the Cache-Control Next.js gave for browsers', async () => {
      const first = await get('/page')
      const second = await get('/page')
      expect(await first.text()).toBe('/page #1')
      expect(first.headers.get('x-cache-status')).toBe('MISS')
      expect(await second.text()).toBe('/page #1')
      expect(second.headers.get('x-cache-status')).toBe('HIT')
      expect(second.headers.get('cache-control')).toBe('s-maxage=31536000')
      expect(countOf('/page')).toBe(1)

      // After its second it is asked again (nginx counts whole seconds: an entry lives 1 to 2 s): the first request
      // gets the old answer while the entry is refreshed in the background (never waiting on Node), the next one
      // the new answer.
      await sleep(2_050)
      const stale = await get('/page')
      expect(['STALE', 'UPDATING', 'EXPIRED']).toContain(stale.headers.get('x-cache-status'))
      await sleep(100)
      expect(await (await get('/page')).text()).toBe('/page #2')
    })

    test('asks Node once for a missing page however many ask for it at the same moment', async () => {
      const bodies = await Promise.all(Array.from({ length: 20 }, () => get('/slow').then((r) => r.text())))
      expect(new Set(bodies)).toEqual(new Set(['/slow #1']))
      expect(countOf('/slow')).toBe(1)
    })

    test('never serves an RSC payload or a prefetch for the HTML page of the same address, or the reverse', async () => {
      expect(await (await get('/mixed')).text()).toBe('/mixed #1')
      const rsc = await get('/mixed', { rsc: '1' })
      expect(rsc.headers.get('content-type')).toBe('text/x-component')
      expect(await rsc.text()).toBe('rsc /mixed #2')
      const prefetch = await get('/mixed', { rsc: '1', 'next-router-prefetch': '1' })
      expect(await prefetch.text()).toBe('rsc /mixed #3')
      expect(await (await get('/mixed?_rsc=abc1', { rsc: '1' })).text()).toBe('rsc /mixed #4')
      // Each variant is now kept on its own.
      expect(await (await get('/mixed')).text()).toBe('/mixed #1')
      expect(await (await get('/mixed', { rsc: '1' })).text()).toBe('rsc /mixed #2')
      expect(countOf('/mixed')).toBe(4)
    })

    test('never keeps an answer marked private or no-store, or one that sets a cookie', async () => {
      for (let i = 0; i < 2; i++) await get('/private-answer')
      expect(countOf('/private-answer')).toBe(2)
      const cookies = [await get('/cookie'), await get('/cookie')]
      expect(cookies.map((r) => r.headers.get('set-cookie'))).toEqual(['seen=1; Path=/', 'seen=1; Path=/'])
      expect(countOf('/cookie')).toBe(2)
    })

    test('never answers a signed-in visitor from the cache, nor keeps what they were shown', async () => {
      expect(await (await get('/account-view')).text()).toBe('/account-view #1')
      for (const cookie of ['authjs.session-token=abc', 'x=1; __Secure-authjs.session-token=abc']) {
        const signedIn = await get('/account-view', { cookie })
        expect(signedIn.headers.get('x-cache-status')).toBe('BYPASS')
        expect(await signedIn.text()).toMatch(/^\/account-view #\d signed in$/)
      }
      // Anonymous visitors still get the anonymous page; another cookie (say, Auth.js's CSRF one) changes nothing.
      expect(await (await get('/account-view')).text()).toBe('/account-view #1')
      expect(await (await get('/account-view', { cookie: 'authjs.csrf-token=x' })).text()).toBe(
        '/account-view #1',
      )
    })

    test('never caches the private paths, or anything but GET and HEAD', async () => {
      for (const p of [
        '/admin/pledges',
        '/portal/springfield',
        '/pledge/compact-of-mayors',
        '/api/auth/session',
        '/signin',
      ]) {
        for (let i = 0; i < 2; i++) expect((await get(p)).headers.get('x-cache-status')).toBe('BYPASS')
        expect(countOf(p)).toBe(2)
      }
      // A public path with a private-looking prefix is still cached.
      for (let i = 0; i < 2; i++) await get('/administration-guide')
      expect(countOf('/administration-guide')).toBe(1)
      for (let i = 0; i < 2; i++) await fetch(`${base}/page-posted`, { method: 'POST', body: 'a=1' })
      expect(countOf('/page-posted', 'POST')).toBe(2)
    })

    test('serves the last good answer while every instance fails', async () => {
      expect(await (await get('/flaky')).text()).toBe('/flaky #1')
      failing = true
      try {
        await sleep(2_050)
        const during = await get('/flaky')
        expect(during.status).toBe(200)
        expect(await during.text()).toBe('/flaky #1')
      } finally {
        failing = false
      }
    })

    test("passes on the host nginx was asked for, never a client's own X-Forwarded-Host", async () => {
      await get('/host-check', { 'x-forwarded-host': 'evil.example' })
      expect(headersSentFor('/host-check').map((h) => h['x-forwarded-host'])).toEqual([new URL(base).host])
    })

    test('compresses at nginx and asks Node for the body as it is', async () => {
      const { headers, body } = await rawGet(`${base}/big`, { 'accept-encoding': 'gzip' })
      expect(headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(body).toString('utf8')).toMatch(/^\/big #1\n/)
      expect(headersSentFor('/big').map((h) => h['accept-encoding'] ?? '')).toEqual([''])
    })

    test("sends the build's static files itself, precompressed, immutable, without asking Node", async () => {
      const url = `${base}/_next/static/chunks/app.js`
      const br = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' })
      expect(br.headers['content-encoding']).toBe('br')
      expect(brotliDecompressSync(br.body).toString('utf8')).toBe(chunk)
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      const gz = await rawGet(url, { 'accept-encoding': 'gzip' })
      expect(gz.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(gz.body).toString('utf8')).toBe(chunk)
      const plain = await rawGet(url, {})
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.body.toString('utf8')).toBe(chunk)
      // Too small to be worth compressing: sent as it is.
      const tiny = await rawGet(`${base}/_next/static/chunks/tiny.js`, { 'accept-encoding': 'gzip, br' })
      expect(tiny.headers['content-encoding']).toBeUndefined()
      expect(tiny.body.toString('utf8')).toBe('void 0\n')
      expect((await rawGet(`${base}/_next/static/chunks/missing.js`, {})).status).toBe(404)
      expect([...served.keys()].filter((k) => k.includes('/_next/static'))).toEqual([])
    })
  },
)
