// The micro-cache's expiry to the second (scripts/lib/micro-cache-expiry.mjs, decision 0018): nginx keeps an
// answer until the end of the second, by its own clock, in which the instance wrote it; never longer than the
// instance's own next second, whatever a request says.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expireAtEdgeClock, microCacheExpiry } from '../../scripts/lib/micro-cache-expiry.mjs'

const clock = (start: number) => {
  let t = start
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('the second an answer expires at', () => {
  it("is nginx's second when the answer is written: nginx's clock plus the time the instance took", () => {
    const instance = clock(1_765_000_000_000) // the instance's clock, 0.4 s behind nginx's below
    const expiry = microCacheExpiry('1765000000.400', instance.now)!
    expect(expiry()).toBe('@1765000000')
    instance.advance(599) // nginx's 1765000000.999
    expect(expiry()).toBe('@1765000000')
    instance.advance(1) // nginx's next second: the answer expires at its end
    expect(expiry()).toBe('@1765000001')
  })

  it("is never later than the instance's own next second", () => {
    const instance = clock(1_765_000_000_250)
    expect(microCacheExpiry('1765000100.000', instance.now)!()).toBe('@1765000001')
    expect(microCacheExpiry('9999999999', instance.now)!()).toBe('@1765000001')
    // An earlier clock only makes the answer expire sooner.
    expect(microCacheExpiry('1764999990.5', instance.now)!()).toBe('@1764999990')
  })

  it('is not given without a clock that reads like nginx $msec', () => {
    for (const header of [
      undefined,
      '',
      'now',
      '1765000000.1234',
      '-1765000000',
      '1765000000,5',
      '1e9',
      ' 1765000000',
    ])
      expect(microCacheExpiry(header), String(header)).toBeNull()
    expect(microCacheExpiry('1765000000')).not.toBeNull()
  })
})

describe('on a server', () => {
  let server: http.Server
  let base: string
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      expireAtEdgeClock(req, res, Number(req.headers['x-test-hops']))
      if (req.url === '/streamed') {
        res.write('part')
        res.end('ed')
      } else res.end('whole')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((r) => server.close(r)))

  const ask = (path: string, headers: Record<string, string>, method = 'GET') =>
    fetch(base + path, { method, headers }).then((r) => r.headers.get('x-accel-expires'))
  const nowSecond = () => Math.floor(Date.now() / 1000)

  it('answers a GET or HEAD with the second, written whole or streamed, when a proxy is trusted', async () => {
    const edge = (Date.now() / 1000).toFixed(3)
    for (const [path, method] of [
      ['/', 'GET'],
      ['/streamed', 'GET'],
      ['/', 'HEAD'],
    ] as const) {
      const expires = await ask(path, { 'x-edge-time': edge, 'x-test-hops': '1' }, method)
      expect(Number(expires?.slice(1)), `${method} ${path}`).toBeGreaterThanOrEqual(nowSecond() - 1)
      expect(expires, `${method} ${path}`).toMatch(/^@\d{10}$/)
    }
  })

  it('says nothing with no trusted proxy, for a POST, or without a clock', async () => {
    const edge = (Date.now() / 1000).toFixed(3)
    expect(await ask('/', { 'x-edge-time': edge, 'x-test-hops': '0' })).toBeNull()
    expect(await ask('/', { 'x-edge-time': edge, 'x-test-hops': '1' }, 'POST')).toBeNull()
    expect(await ask('/', { 'x-test-hops': '1' })).toBeNull()
  })
})
