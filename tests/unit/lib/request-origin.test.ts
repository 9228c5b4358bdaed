// Same-origin checks compare scheme, host and port (src/lib/request-origin.ts), against the origin the trusted
// layer recorded (X-Forwarded-Proto/-Host, set by scripts/server.mjs) or SITE_URL.
import { describe, expect, it } from 'vitest'
import { isHttpsRequest, isSameOriginRequest } from '@/lib/request-origin'

const site = 'http://site.test:3000'
// As scripts/server.mjs leaves them for a visitor of http://site.test:3000.
const served = { host: 'site.test:3000', 'x-forwarded-host': 'site.test:3000', 'x-forwarded-proto': 'http' }
const request = (extra: Record<string, string>) => new Headers({ ...served, ...extra })

describe('isSameOriginRequest', () => {
  it('accepts the site itself and requests without browser headers', () => {
    expect(isSameOriginRequest(request({ origin: 'http://site.test:3000' }), site)).toBe(true)
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'same-origin' }), site)).toBe(true)
    expect(isSameOriginRequest(request({}), site)).toBe(true)
  })

  it('refuses the same host over another scheme or port', () => {
    expect(isSameOriginRequest(request({ origin: 'https://site.test:3000' }), site)).toBe(false)
    expect(isSameOriginRequest(request({ origin: 'http://site.test:4000' }), site)).toBe(false)
    expect(isSameOriginRequest(request({ origin: 'http://site.test' }), site)).toBe(false)
  })

  it('refuses other sites, opaque origins and cross-site fetch metadata', () => {
    expect(isSameOriginRequest(request({ origin: 'http://evil.test:3000' }), site)).toBe(false)
    expect(isSameOriginRequest(request({ origin: 'null' }), site)).toBe(false)
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'cross-site' }), site)).toBe(false)
    expect(isSameOriginRequest(request({ 'sec-fetch-site': 'same-site' }), site)).toBe(false)
  })

  it('accepts SITE_URL when a trusted proxy served another address', () => {
    const behindProxy = new Headers({ host: 'app:3001', 'x-forwarded-proto': 'https' })
    behindProxy.set('origin', 'https://www.site.test')
    expect(isSameOriginRequest(behindProxy, 'https://www.site.test')).toBe(true)
    expect(isSameOriginRequest(behindProxy, 'http://www.site.test')).toBe(false)
  })
})

describe('isHttpsRequest', () => {
  it('follows the scheme the trusted layer recorded', () => {
    expect(isHttpsRequest(new Headers({ 'x-forwarded-proto': 'https' }))).toBe(true)
    expect(isHttpsRequest(new Headers({ 'x-forwarded-proto': 'http' }))).toBe(false)
  })
})
