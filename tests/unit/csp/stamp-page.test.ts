// The nonce stamped on a cached page (src/csp/stamp-page.mjs): only the scripts Next.js emitted get it.
import { describe, expect, it } from 'vitest'
import { stampCachedPage } from '../../../src/csp/stamp-page.mjs'

const payload = '0:{"a":"<b>"}\n1:"x"\n'
// How Next.js inlines an RSC payload: a start marker, then chunks as JSON strings with < > & escaped.
const chunk = (text: string) =>
  `<script>self.__next_f.push([1,${JSON.stringify(text).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}])</script>`
const bootstrap =
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a1.js"],"runtimeModuleIds":[94553]});</script>'

function page(body: string, chunks = [payload.slice(0, 10), payload.slice(10)]) {
  return (
    '<!DOCTYPE html><html><head>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a1.js"/>' +
    '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>' +
    '<script src="/_next/static/chunks/a1.js" async=""></script>' +
    '<script src="/_next/static/chunks/poly.js" noModule=""></script>' +
    bootstrap +
    `</head><body><main>${body}</main>` +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    chunks.map(chunk).join('') +
    '</body></html>'
  )
}

function stamp(html: string, rscData: Buffer | null = Buffer.from(payload)) {
  const value = { kind: 'APP_PAGE', html, rscData, headers: { 'x-next-cache-tags': 'members' } }
  const rejected = stampCachedPage(value)
  const policy = value.headers['content-security-policy' as keyof typeof value.headers]
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1]
  const scripts = [...value.html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
  const links = [...value.html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0])
  return { value, rejected, policy, nonce, scripts, links }
}

describe('stampCachedPage', () => {
  it('puts one fresh nonce on every framework script and the matching policy in the headers', () => {
    const first = stamp(page('<h1>Profile</h1>'))
    expect(first.rejected).toEqual([])
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(first.scripts).toHaveLength(6)
    for (const tag of first.scripts) expect(tag).toContain(`nonce="${first.nonce}"`)
    // A script preload is checked against script-src too; a stylesheet is not.
    expect(first.links).toEqual([
      `<link nonce="${first.nonce}" rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a1.js"/>`,
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
    ])
    expect(first.policy).toContain("'strict-dynamic'")
    expect(first.policy).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    expect(first.policy).toContain("object-src 'none'")
    expect(first.value.headers['x-next-cache-tags']).toBe('members')
    // Each render (cache write) gets its own nonce.
    expect(stamp(page('<h1>Profile</h1>')).nonce).not.toBe(first.nonce)
  })

  it('leaves injected scripts without a nonce', () => {
    const injected = [
      '<script>alert(1)</script>',
      '<script src="https://evil.example/x.js"></script>',
      '<script src="/_next/static/chunks/../../api/x.js"></script>',
      '<script id="_R_">alert(1)</script>',
      '<script onload="alert(1)" src="/_next/static/chunks/a1.js"></script>',
      '<script>self.__next_f.push([1,"a"]);alert(1)</script>',
    ]
    const preload = '<link rel="preload" as="script" href="https://evil.example/x.js"/>'
    const { rejected, scripts, nonce, links } = stamp(page(injected.join('') + preload))
    expect(links).toContain(preload)
    expect(rejected).toHaveLength(injected.length)
    const stamped = scripts.filter((tag) => tag.includes(`nonce="${nonce}"`))
    expect(stamped).toHaveLength(6)
  })

  it('stamps no payload chunk when the chunks are not exactly the cached payload', () => {
    const extra = stamp(page('', [payload, '2:"injected"\n']))
    expect(extra.rejected).toEqual(['2 RSC payload chunk(s) that differ from the cached payload'])
    const chunks = extra.scripts.filter((tag) => tag === '<script>')
    expect(chunks).toHaveLength(2)
    expect(stamp(page(''), null).rejected).toHaveLength(1)
  })

  it('replaces a nonce the page was rendered with, and ignores data blocks', () => {
    const html = page('<script type="application/ld+json">{"@type":"Thing"}</script>').replace(
      '<script id="_R_">',
      '<script nonce="old" id="_R_">',
    )
    const { scripts, nonce, rejected } = stamp(html)
    expect(rejected).toEqual([])
    expect(scripts.filter((tag) => tag.includes('nonce="old"'))).toEqual([])
    expect(scripts).toContain('<script type="application/ld+json">')
    expect(scripts.filter((tag) => tag.includes(`nonce="${nonce}"`))).toHaveLength(6)
  })

  it('changes nothing but pages', () => {
    const route = { kind: 'APP_ROUTE', body: Buffer.from('<svg/>'), headers: {} }
    expect(stampCachedPage(route)).toEqual([])
    expect(route.headers).toEqual({})
  })
})
