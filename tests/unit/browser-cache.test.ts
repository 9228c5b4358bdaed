// What a browser may keep of an answer (scripts/lib/browser-cache.mjs, decision 0029): a page dated for shared caches
// only is checked again by the browser every time, and never served stale while it checks.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { browserCacheControl, keepBrowsersFresh } from '../../scripts/lib/browser-cache.mjs'

describe('the Cache-Control a browser gets', () => {
  it("for Next.js's cached pages and payloads: ask every time, never stale, shared caches as Next.js said", () => {
    expect(browserCacheControl('s-maxage=3600, stale-while-revalidate=31532400')).toBe(
      'max-age=0, s-maxage=3600',
    )
    expect(browserCacheControl('s-maxage=31536000')).toBe('max-age=0, s-maxage=31536000')
    expect(browserCacheControl('public, s-maxage=300,stale-while-revalidate=600')).toBe(
      'max-age=0, public, s-maxage=300',
    )
    expect(browserCacheControl('S-MAXAGE=60, Stale-While-Revalidate')).toBe('max-age=0, S-MAXAGE=60')
  })

  it('leaves alone what already chose for browsers or is not to be kept', () => {
    for (const value of [
      'private, no-cache, no-store, max-age=0, must-revalidate',
      'public, max-age=31536000, immutable',
      'public, max-age=86400, stale-while-revalidate=604800',
      'public, max-age=0, s-maxage=300',
      'no-store',
      '',
      undefined,
    ])
      expect(browserCacheControl(value)).toBe(value)
  })
})

describe('an answer written through the front door', () => {
  const serve = (send: (res: http.ServerResponse) => void) =>
    new Promise<string | null>((resolve, reject) => {
      const server = http.createServer((_req, res) => {
        keepBrowsersFresh(res)
        send(res)
      })
      server.listen(0, '127.0.0.1', async () => {
        try {
          const { port } = server.address() as AddressInfo
          resolve((await fetch(`http://127.0.0.1:${port}/`)).headers.get('cache-control'))
        } catch (e) {
          reject(e)
        } finally {
          server.close()
        }
      })
    })

  it('carries the header for browsers, written whole or streamed', async () => {
    const whole = await serve((res) => {
      res.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=31532400')
      res.end('page')
    })
    expect(whole).toBe('max-age=0, s-maxage=3600')
    const streamed = await serve((res) => {
      res.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=31532400')
      res.write('pa')
      res.end('ge')
    })
    expect(streamed).toBe('max-age=0, s-maxage=3600')
    const own = await serve((res) => {
      res.setHeader('Cache-Control', 'private, no-store')
      res.end('mine')
    })
    expect(own).toBe('private, no-store')
  })
})
