// The trusted layer in front of Next.js (scripts/server.mjs, decision 0015): a client's own forwarding headers
// never decide its address, scheme or host; only as many proxies as TRUST_PROXY_HOPS are believed.
import { describe, expect, it } from 'vitest'
import {
  MAX_DECLARED_BODY_BYTES,
  applyTrustedFacts,
  declaresTooLargeBody,
  parseTrustProxyHops,
  trustedFacts,
} from '../../scripts/lib/trusted-request.mjs'

const socket = { remoteAddress: '::ffff:203.0.113.7', encrypted: false }

describe('the client address', () => {
  it('is the connection when no proxy is trusted, whatever X-Forwarded-For says', () => {
    const headers = { 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '5.6.7.8' }
    expect(trustedFacts({ socket, headers, hops: 0 }).address).toBe('203.0.113.7')
  })

  it('is what the nearest trusted proxy appended, not what the client put before it', () => {
    const proxy = { remoteAddress: '127.0.0.1', encrypted: false }
    // The client sent "1.2.3.4"; nginx appended the address it saw.
    const headers = { 'x-forwarded-for': '1.2.3.4, 198.51.100.9' }
    expect(trustedFacts({ socket: proxy, headers, hops: 1 }).address).toBe('198.51.100.9')
    expect(trustedFacts({ socket: proxy, headers, hops: 2 }).address).toBe('1.2.3.4')
  })

  it('is the furthest address there is when fewer proxies answered than are trusted', () => {
    const headers = {}
    expect(trustedFacts({ socket, headers, hops: 2 }).address).toBe('203.0.113.7')
  })
})

describe('the scheme and host', () => {
  it('come from the connection without a trusted proxy', () => {
    const headers = { host: 'site.test', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.test' }
    expect(trustedFacts({ socket, headers, hops: 0 })).toMatchObject({ proto: 'http', host: 'site.test' })
  })

  it('come from the trusted proxy behind one', () => {
    const headers = { host: 'site.test', 'x-forwarded-proto': 'https' }
    expect(trustedFacts({ socket, headers, hops: 1 })).toMatchObject({ proto: 'https', host: 'site.test' })
  })

  it('replace every forwarding header the client sent', () => {
    const headers: Record<string, string> = {
      host: 'site.test',
      'x-forwarded-for': '1.2.3.4',
      'x-forwarded-host': 'evil.test',
      'x-forwarded-port': '1',
      'x-real-ip': '5.6.7.8',
      forwarded: 'for=1.2.3.4;proto=https',
    }
    applyTrustedFacts(headers, trustedFacts({ socket, headers, hops: 0 }))
    expect(headers).toEqual({
      host: 'site.test',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': 'site.test',
    })
  })
})

describe('TRUST_PROXY_HOPS', () => {
  it('is 0 unless set, and a small whole number when set', () => {
    expect(parseTrustProxyHops(undefined)).toBe(0)
    expect(parseTrustProxyHops('1')).toBe(1)
    for (const bad of ['-1', '1.5', 'yes', '11']) expect(parseTrustProxyHops(bad)).toBeInstanceOf(Error)
  })
})

describe('a declared body', () => {
  it('over the largest the app reads is refused before it is read', () => {
    expect(declaresTooLargeBody({ 'content-length': String(70 * 1024 * 1024) })).toBe(true)
    expect(declaresTooLargeBody({ 'content-length': String(MAX_DECLARED_BODY_BYTES) })).toBe(false)
    expect(declaresTooLargeBody({})).toBe(false)
  })
})
