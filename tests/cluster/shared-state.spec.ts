// Two `next start` instances on one PostgreSQL and one Redis, behind nginx and its micro-cache (global-setup.ts starts
// them all): a change made through instance A (content published, pledge approved, report verified) shows on
// instance B's public pages and through nginx within 2 seconds; a rate limit spent through A holds on B; a session made through nginx is good on both
// instances; an image uploaded through one is served by the other.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import sharp from 'sharp'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { clusterRuntime, ports, urls } from './cluster-env'
import { createStaff, pendingPledge, signInTo, submittedReport } from './helpers/cluster-db'

const CAMPAIGN = 'compact-of-mayors'
// On an instance and through nginx alike: nginx's micro-cache keeps an answer to the end of the second it was
// written in (at most 1 s), and the first request after that waits for the fresh answer (decision 0018).
const SHOWS_WITHIN_MS = 2_000

async function pageOn(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL })
  return context.newPage()
}

const signatoryTotal = async (page: Page) =>
  Number((await page.getByTestId('campaign-signatory-total').textContent())!.replace(/[^0-9]/g, ''))

/**
 * Tries `attempt` until it passes, for up to 15 s so that a failure says how late it was; then asserts it passed
 * at most 2 s after `started`. Returns the ms it took. `what` names where the change was looked for.
 */
async function passesWithin(what: string, attempt: () => Promise<void>, started: number) {
  await expect(attempt).toPass({ timeout: 15_000, intervals: [0, 100, 200] })
  const ms = Date.now() - started
  expect(ms, `${what} after ${ms} ms`).toBeLessThanOrEqual(SHOWS_WITHIN_MS)
  return ms
}

/** Reloads `path` on `page` (a browser on an instance) until `check` passes: passesWithin. */
const showsWithin = (page: Page, path: string, check: () => Promise<void>, started: number) =>
  passesWithin(
    `${path} shown in the browser on ${new URL(page.url()).host}`,
    async () => {
      await page.goto(path)
      await check()
    },
    started,
  )

/**
 * Asks for `path` through nginx, as a browser's first request does (the HTML), until `check` passes: passesWithin.
 * Plain HTTP, not a browser: it runs beside showsWithin on B without taking the CPU a page load would (two cores).
 */
const servedWithin = (edge: Page, path: string, check: (html: string) => void, started: number) =>
  passesWithin(
    `${path} served through nginx`,
    async () => check(await (await edge.request.get(path)).text()),
    started,
  )

const signatoryTotalIn = (html: string) =>
  Number(html.match(/data-testid="campaign-signatory-total">([\d,]+)/)?.[1]?.replace(/,/g, ''))

test('content published through instance A shows on instance B within 2 seconds', async ({ browser }) => {
  const [a, b, edge] = [
    await pageOn(browser, urls.a),
    await pageOn(browser, urls.b),
    await pageOn(browser, urls.nginx),
  ]
  const publicPath = '/campaigns/rc4a'
  // B and nginx's micro-cache keep the page as it is now (the second request is a cache hit).
  for (const page of [b, b, edge, edge]) {
    await page.goto(publicPath)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }

  await signInTo(a, '/admin/content', await createStaff('EDITOR'))
  const row = a.getByRole('row').filter({ has: a.getByRole('link', { name: publicPath, exact: true }) })
  await row.getByRole('link').first().click()
  const body = a.getByLabel('Text (markdown)')
  const tag = `Cluster note ${randomBytes(4).toString('hex')}`
  await body.fill(`${await body.inputValue()}\n\n## ${tag}\n\nPublished through instance A.`)
  await a.getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(a).toHaveURL(/\?done=published$/)
  const confirmed = Date.now()

  // B, as a visitor of an instance sees it, and nginx at the same time: each from A's confirmation.
  const [ms, edgeMs] = await Promise.all([
    showsWithin(
      b,
      publicPath,
      () => expect(b.getByRole('heading', { name: tag })).toBeVisible({ timeout: 250 }),
      confirmed,
    ),
    servedWithin(edge, publicPath, (html) => expect(html).toContain(tag), confirmed),
  ])
  console.log(`B showed the published text ${ms} ms after A confirmed it, nginx ${edgeMs} ms`)
})

test('a pledge approved through instance A counts on instance B within 2 seconds', async ({ browser }) => {
  const { town } = await pendingPledge(CAMPAIGN)
  const [a, b, edge] = [
    await pageOn(browser, urls.a),
    await pageOn(browser, urls.b),
    await pageOn(browser, urls.nginx),
  ]
  const search = `/members?q=${encodeURIComponent(town)}`

  // Both instances render and cache the views as they are now (B twice: the second is a cache hit).
  for (const page of [a, b, b]) {
    await page.goto(search)
    await expect(page.getByRole('heading', { name: '0 member municipalities' })).toBeVisible()
  }
  await b.goto(`/campaigns/${CAMPAIGN}`)
  const before = await signatoryTotal(b)
  for (const page of [b, edge, edge]) {
    await page.goto(`/campaigns/${CAMPAIGN}`)
    expect(await signatoryTotal(page)).toBe(before)
  }

  await signInTo(a, '/admin/pledges', await createStaff('MODERATOR'))
  await a.getByRole('button', { name: `Approve the pledge of ${town}` }).click()
  await expect(a.getByRole('status')).toContainText('approved', { timeout: 15_000 })
  const confirmed = Date.now()

  // B, as a visitor of an instance sees it, and nginx at the same time: each from A's confirmation.
  const campaignPath = `/campaigns/${CAMPAIGN}`
  const [ms, edgeMs] = await Promise.all([
    showsWithin(b, campaignPath, async () => expect(await signatoryTotal(b)).toBe(before + 1), confirmed),
    servedWithin(edge, campaignPath, (html) => expect(signatoryTotalIn(html)).toBe(before + 1), confirmed),
  ])
  console.log(`B counted the approval ${ms} ms after A confirmed it, nginx ${edgeMs} ms`)
  await b.goto(search)
  await expect(b.getByRole('heading', { name: '1 member municipality' })).toBeVisible()
  await expect(b.getByRole('link', { name: town })).toBeVisible()

  // Both instances really used Redis.
  const { logDir } = clusterRuntime()
  for (const name of ['A', 'B'])
    expect(readFileSync(path.join(logDir, `${name}.log`), 'utf8')).toMatch(/Shared Next\.js cache on Redis/)
})

test('a report verified through instance A shows on the profile on instance B within 2 seconds', async ({
  browser,
}) => {
  const year = new Date().getUTCFullYear() - 1
  const { town, slug } = await pendingPledge(CAMPAIGN)
  const [a, b, edge] = [
    await pageOn(browser, urls.a),
    await pageOn(browser, urls.b),
    await pageOn(browser, urls.nginx),
  ]
  await signInTo(a, '/admin/pledges', await createStaff('MODERATOR'))
  await a.getByRole('button', { name: `Approve the pledge of ${town}` }).click()
  await expect(a.getByRole('status')).toContainText('approved', { timeout: 15_000 })
  await submittedReport(slug, year)

  // B and nginx cache the profile without the report (a submitted report is not public yet).
  for (const page of [b, b, edge, edge]) {
    await page.goto(`/members/${slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(town)
    await expect(page.getByText('311,100')).toHaveCount(0)
  }

  await a.goto('/admin/reports')
  await a.getByRole('link', { name: `${town}, WY: ${year}` }).click()
  await a.getByRole('button', { name: 'Verify this report' }).click()
  await expect(a).toHaveURL(/\/admin\/reports\?verified=1$/)
  const confirmed = Date.now()

  // B, as a visitor of an instance sees it, and nginx at the same time: each from A's confirmation.
  const profilePath = `/members/${slug}`
  const [ms, edgeMs] = await Promise.all([
    showsWithin(
      b,
      profilePath,
      () =>
        expect(b.getByRole('row', { name: new RegExp(`^${year}\\b`) }).first()).toContainText('311,100', {
          timeout: 250,
        }),
      confirmed,
    ),
    servedWithin(edge, profilePath, (html) => expect(html).toContain('311,100'), confirmed),
  ])
  console.log(`B showed the verified report ${ms} ms after A confirmed it, nginx ${edgeMs} ms`)
})

test('a rate limit spent through instance A holds on instance B', async ({ request }) => {
  // The pledge JSON API allows one address 20 submissions an hour (counted before validation).
  const ip = `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`
  const submit = (url: string) =>
    request
      .post(`${url}/api/pledges`, { data: {}, headers: { 'x-forwarded-for': ip } })
      .then((r) => r.status())
  const statuses = []
  for (let i = 0; i < 20; i++) statuses.push(await submit(urls.a))
  expect(new Set(statuses)).toEqual(new Set([400]))
  expect(await submit(urls.b)).toBe(429)
})

test('a staff session made through nginx is good on both instances', async ({ browser }) => {
  const page = await pageOn(browser, urls.nginx)
  await signInTo(page, '/admin/pledges', await createStaff('MODERATOR'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/pledges/i)

  // nginx spreads requests over both instances; each accepts the session (no redirect to sign in).
  const answeredBy = new Set<string>()
  for (let i = 0; i < 6; i++) {
    const response = await page.request.get('/admin/pledges', { maxRedirects: 0 })
    const upstream = response.headers()['x-upstream']!
    const location = response.headers()['location'] ?? ''
    expect(response.status(), `answered by ${upstream} ${location}`).toBe(200)
    answeredBy.add(upstream)
  }
  expect([...answeredBy].sort()).toEqual([`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`])

  // The same cookie (cookies ignore the port) on each instance directly.
  for (const url of [urls.a, urls.b]) {
    await page.goto(`${url}/admin/pledges`)
    await expect(page).toHaveURL(`${url}/admin/pledges`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/pledges/i)
  }
})

test('an image uploaded through instance A is served by instance B', async ({ browser }) => {
  const a = await pageOn(browser, urls.a)
  await signInTo(a, '/admin/content/images', await createStaff('EDITOR'))
  const png = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#2a7' } })
    .png()
    .toBuffer()
  await a
    .getByLabel('Image', { exact: true })
    .setInputFiles({ name: 'cluster.png', mimeType: 'image/png', buffer: png })
  await a.getByLabel('Description of the image').fill('A green rectangle')
  await a.getByRole('button', { name: 'Upload image' }).click()
  const snippet = a.getByTestId('new-image-snippet')
  await expect(snippet).toHaveText(/^!\[A green rectangle\]\(\/images\/[a-z0-9]+\)$/)
  const src = (await snippet.textContent())!.match(/\((\/images\/[a-z0-9]+)\)/)![1]!

  const b = await pageOn(browser, urls.b)
  const response = await b.request.get(src)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  const { width, height } = await sharp(await response.body()).metadata()
  expect({ width, height }).toEqual({ width: 400, height: 200 })
})
