// The open data page and the files it links to: CSV downloads, the Atom feed, embeddable badges, the API.
import { JSDOM } from 'jsdom'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'
import { withE2eDb } from './helpers/e2e-db'

async function firstMemberSlug(): Promise<string | undefined> {
  const member = await withE2eDb((db) =>
    db.municipality.findFirst({
      where: { isMember: true },
      orderBy: { slug: 'asc' },
      select: { slug: true },
    }),
  )
  return member?.slug
}

function parseXml(text: string, type: 'application/xml' | 'image/svg+xml') {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(text, type)
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

test('the open data page documents every export and its licence, accessibly', async ({ page }) => {
  await page.goto('/data')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data')
  for (const file of ['signatories.csv', 'targets.csv', 'inventories.csv']) {
    await expect(page.getByRole('table', { name: `Fields of ${file}` })).toBeVisible()
  }
  await expect(page.getByRole('link', { name: 'Signatories (CSV)', exact: true })).toHaveAttribute(
    'href',
    '/data/signatories.csv',
  )
  await expect(page.getByRole('heading', { name: 'Licence and credits' })).toBeVisible()
  await expect(page.getByText('GeoNames', { exact: false }).first()).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the CSV files download as attachments with the documented header', async ({ page, request }) => {
  await page.goto('/data')
  const documented = async (file: string) =>
    (
      await page
        .getByRole('table', { name: `Fields of ${file}` })
        .locator('tbody th')
        .allTextContents()
    ).join(',')
  for (const file of ['signatories.csv', 'targets.csv', 'inventories.csv']) {
    const response = await request.get(`/data/${file}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${file}"`)
    const header = (await response.text()).split('\r\n')[0]
    expect(header).toBe(await documented(file))
  }
})

test('the Atom feed is well-formed XML', async ({ request }) => {
  const response = await request.get('/feed.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/atom+xml')
  const doc = parseXml(await response.text(), 'application/xml')
  expect(doc.documentElement.localName).toBe('feed')
  expect(doc.getElementsByTagName('entry').length).toBeLessThanOrEqual(50)
})

test('a member badge is an SVG image and an unknown one is 404', async ({ request }) => {
  const slug = await firstMemberSlug()
  expect(slug, 'the e2e database has members').toBeTruthy()
  const response = await request.get(`/badge/${slug}.svg`)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('image/svg+xml')
  expect(response.headers()['cache-control']).toBe('public, max-age=3600')
  const svg = parseXml(await response.text(), 'image/svg+xml').documentElement
  expect(svg.localName).toBe('svg')
  expect(svg.getAttribute('role')).toBe('img')
  expect((await request.get('/badge/no-such-member-e2e.svg')).status()).toBe(404)
})

test('pages send the security headers and refuse framing; the badge may be framed', async ({ request }) => {
  const page = await request.get('/members')
  const headers = page.headers()
  // HSTS is for the site's own name, never a loopback host (decision 0013).
  expect(headers['strict-transport-security']).toBeUndefined()
  const named = await request.get('/members', { headers: { host: 'campaigns.example.org' } })
  expect(named.headers()['strict-transport-security']).toMatch(/max-age=\d{7,}/)
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  const slug = await firstMemberSlug()
  expect(slug, 'the e2e database has members').toBeTruthy()
  const badge = (await request.get(`/badge/${slug}.svg`)).headers()
  expect(badge['x-frame-options']).toBeUndefined()
  expect(badge['content-security-policy'] ?? '').not.toContain('frame-ancestors')
  expect(badge['x-content-type-options']).toBe('nosniff')
})

test('the JSON API answers with data and JSON errors', async ({ request }) => {
  const list = await request.get('/api/v1/municipalities?page=1')
  expect(list.status()).toBe(200)
  expect(list.headers()['cache-control']).toBe('public, max-age=0, s-maxage=300')
  const body = await list.json()
  expect(body.meta.page).toBe(1)
  const missing = await request.get('/api/v1/municipalities/no-such-member-e2e')
  expect(missing.status()).toBe(404)
  expect((await missing.json()).error.code).toBe('not_found')
  expect((await request.get('/api/v1/municipalities?state=ZZ')).status()).toBe(400)
})

// A cached answer leaves the server as the first one did (decision 0028: Next.js's cached route answers are written
// as one buffer): the same status, headers and bytes, none for HEAD, compressed when the client asks.
test('the API and the downloads answer the same from the cache, HEAD and compressed too', async ({
  request,
}) => {
  const kept = ['content-type', 'cache-control', 'access-control-allow-origin', 'content-disposition', 'vary']
  const described = (response: { status(): number; headers(): Record<string, string> }) => ({
    status: response.status(),
    ...Object.fromEntries(kept.map((name) => [name, response.headers()[name]])),
  })
  for (const path of ['/api/v1/municipalities?state=CA', '/data/targets.csv']) {
    const first = await request.get(path)
    const again = await request.get(path)
    expect(again.headers()['x-nextjs-cache']).toBe('HIT')
    expect(described(again)).toEqual(described(first))
    expect(described(again)).toMatchObject({
      status: 200,
      'cache-control': 'public, max-age=0, s-maxage=300',
    })
    expect((await again.body()).equals(await first.body())).toBe(true)
    expect((await again.body()).length).toBeGreaterThan(1000)

    const head = await request.head(path)
    expect(described(head)).toEqual(described(first))
    expect((await head.body()).length).toBe(0)

    const gzipped = await request.get(path, { headers: { 'accept-encoding': 'gzip' } })
    expect(gzipped.headers()['content-encoding']).toBe('gzip')
    expect((await gzipped.body()).equals(await first.body())).toBe(true)
  }
})

test('robots.txt points to a sitemap that lists the solutions section', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
  const sitemap = parseXml(await (await request.get('/sitemap.xml')).text(), 'application/xml')
  const locs = [...sitemap.getElementsByTagName('loc')].map((l) => l.textContent)
  expect(locs.some((l) => l?.endsWith('/solutions'))).toBe(true)
})
