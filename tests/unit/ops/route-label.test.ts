// The metrics' route label is the route pattern of the build, never the path or query a client sent: however
// many different paths are requested, the labels stay the build's routes plus a few.
import { describe, expect, test } from 'vitest'
import { createRouteLabeler } from '../../../scripts/lib/route-label.mjs'

// Entries as Next.js writes them in routes-manifest.json.
const label = createRouteLabeler({
  staticRoutes: [
    { page: '/', regex: '^/(?:/)?$' },
    { page: '/members', regex: '^/members(?:/)?$' },
    { page: '/healthz', regex: '^/healthz(?:/)?$' },
  ],
  dynamicRoutes: [
    { page: '/members/[slug]', regex: '^/members/([^/]+?)(?:/)?$' },
    { page: '/members/[slug]/emissions.svg', regex: '^/members/([^/]+?)/emissions\\.svg(?:/)?$' },
    { page: '/api/auth/[...nextauth]', regex: '^/api/auth/(.+?)(?:/)?$' },
  ],
})

describe('route labels', () => {
  test('a page is labelled by its pattern, without its query or a trailing slash', () => {
    expect(label('/')).toBe('/')
    expect(label('/members?q=spring&page=2')).toBe('/members')
    expect(label('/members/')).toBe('/members')
    expect(label('/members/springfield-il')).toBe('/members/[slug]')
    expect(label('/members/springfield-il/?x=1')).toBe('/members/[slug]')
    expect(label('/members/a/emissions.svg')).toBe('/members/[slug]/emissions.svg')
    expect(label('/api/auth/callback/credentials')).toBe('/api/auth/[...nextauth]')
  })

  test("Next.js's own files are one label each, whatever their hashed names", () => {
    expect(label('/_next/static/chunks/abc123.js')).toBe('/_next/static')
    expect(label('/_next/image?url=%2Fx.png&w=64&q=75')).toBe('/_next/image')
    expect(label('/_next/data/whatever')).toBe('/_next')
  })

  test('paths no route matches are all "other", so an attacker cannot add label values', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2_000; i++) {
      seen.add(label(`/wp-admin/${i}.php?x=${i}`))
      seen.add(label(`/members/${i}/${i}/deeper`))
      seen.add(label(`/${'%2e'.repeat(i % 7)}/etc/passwd#${i}`))
      seen.add(label(`/members/${i}`))
    }
    expect([...seen].sort()).toEqual(['/members/[slug]', 'other'])
  })
})
