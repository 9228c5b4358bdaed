// nginx's micro-cache in front of the two instances (decision 0018, scripts/lib/cluster.mjs), on the real site:
// a public page is answered from nginx with the script policy and nonce of the cache entry it was stamped in;
// HTML and the RSC payload of one address never mix; a signed-in visitor and the staff area are never answered
// from it. What nginx keeps or refuses to keep in detail: tests/integration/edge/micro-cache.test.ts.
import { expect, test } from '@playwright/test'
import { urls } from './cluster-env'
import { createStaff, signInTo } from './helpers/cluster-db'

const scriptNonces = (html: string) =>
  new Set([...html.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((m) => m[1]))

test('a public page comes from the micro-cache with the nonce its cache entry was stamped with', async ({
  request,
}) => {
  const path = '/campaigns/compact-of-mayors'
  const answers = []
  for (let i = 0; i < 3; i++) answers.push(await request.get(`${urls.nginx}${path}`))
  expect(answers.map((r) => r.status())).toEqual([200, 200, 200])
  expect(answers.slice(1).map((r) => r.headers()['x-cache-status'])).toContain('HIT')
  const last = answers.at(-1)!
  const policy = last.headers()['content-security-policy']!
  const nonce = policy.match(/'nonce-([^']+)'/)![1]
  // The page's scripts carry the nonce its policy allows: the HTML and the header were kept together.
  expect(scriptNonces(await last.text())).toEqual(new Set([nonce]))
  // Browsers are told what Next.js told them.
  expect(last.headers()['cache-control']).toBe(
    (await request.get(`${urls.a}${path}`)).headers()['cache-control'],
  )
})

test('the same address asked for its RSC payload never gets the HTML page, nor the reverse', async ({
  request,
}) => {
  const path = '/campaigns/rc4a'
  for (let i = 0; i < 2; i++) await request.get(`${urls.nginx}${path}`)
  const rsc = await request.get(`${urls.nginx}${path}`, { headers: { rsc: '1' } })
  expect(rsc.headers()['content-type']).toMatch(/^text\/x-component/)
  const html = await request.get(`${urls.nginx}${path}`)
  expect(html.headers()['content-type']).toMatch(/^text\/html/)
  expect(await html.text()).toMatch(/^<!DOCTYPE html>/i)
})

test('a signed-in visitor is never answered from the micro-cache, on public pages or the staff area', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: urls.nginx })
  const page = await context.newPage()
  await signInTo(page, '/admin/pledges', await createStaff('MODERATOR'))
  for (const path of ['/admin/pledges', '/campaigns/rc4a', '/']) {
    for (let i = 0; i < 2; i++) {
      const response = await page.request.get(path)
      expect(response.status()).toBe(200)
      expect(response.headers()['x-cache-status'], path).toBe('BYPASS')
    }
  }
  await context.close()
})

test("the site's scripts come from nginx itself, precompressed, the same bytes the instances have", async ({
  request,
}) => {
  const html = await (await request.get(`${urls.nginx}/`)).text()
  const scripts = [...html.matchAll(/<script[^>]* src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!)
  expect(scripts.length).toBeGreaterThan(0)
  for (const src of scripts.slice(0, 3)) {
    const fromNginx = await request.get(`${urls.nginx}${src}`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(fromNginx.status()).toBe(200)
    // Not from an instance (no X-Upstream), and the copy written after the build (or, when small, the file).
    expect(fromNginx.headers()['x-upstream']).toBeUndefined()
    expect(fromNginx.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    const body = await fromNginx.body()
    if (body.length >= 1024) expect(fromNginx.headers()['content-encoding']).toBe('br')
    expect(body.equals(await (await request.get(`${urls.a}${src}`)).body())).toBe(true)
  }
})
