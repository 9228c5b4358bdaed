// The database stopped and started again while the cluster runs (decision 0012): dynamic pages answer a clear
// 503 with Retry-After (JavaScript on and off), cached public pages keep answering 200, a page that is not
// cached says the site is temporarily unavailable, and once PostgreSQL is back the site works again within a
// few seconds, the instances untouched. It starts PostgreSQL again however it ends, so the other spec's tests
// run on a working cluster whatever the order.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { pgServerControl } from '../../scripts/lib/pg-cluster.mjs'
import { OUTAGE_TITLE } from '../../src/lib/outage'
import { budget } from '../e2e/helpers/e2e-env.mjs'
import { clusterRuntime, urls } from './cluster-env'
import { createStaff, pendingPledge, signInTo, withClusterDb } from './helpers/cluster-db'

const CACHED_PAGES = ['/', '/campaigns/compact-of-mayors', '/members']
const RECOVERS_WITHIN_MS = 5_000

function database() {
  const { pgDir, pgOptions } = clusterRuntime()
  return pgServerControl(pgDir, pgOptions)
}

/** A new member, approved through the moderation queue: its profile is not cached until someone opens it. */
async function newMember(staff: Page) {
  const { town, slug } = await pendingPledge('compact-of-mayors')
  await staff.goto('/admin/pledges')
  await staff.getByRole('button', { name: `Approve the pledge of ${town}` }).click()
  await expect(staff.getByRole('status')).toContainText('approved', { timeout: 15_000 })
  return { town, slug }
}

async function contexts(browser: Browser) {
  return {
    js: await browser.newContext({ baseURL: urls.nginx }),
    noJs: await browser.newContext({ baseURL: urls.nginx, javaScriptEnabled: false }),
  }
}

async function expectOutagePage(context: BrowserContext, path: string) {
  const page = await context.newPage()
  // The proxy asks the database at most once a second: the first request after it stopped may still pass.
  await expect(async () => {
    const response = await page.goto(path)
    expect(response!.status()).toBe(503)
    expect(response!.headers()['retry-after']).toBe('30')
  }).toPass({ timeout: 5_000 })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OUTAGE_TITLE)
  await expect(page.getByText('Nothing you saved before is lost.')).toBeVisible()
  await page.close()
}

test('PostgreSQL stopped and started again: 503 for dynamic pages, cached pages stay up, then recovery', async ({
  browser,
  request,
}) => {
  test.setTimeout(budget(120_000))
  const { js, noJs } = await contexts(browser)
  const staff = await js.newPage()
  await signInTo(staff, '/admin/pledges', await createStaff('MODERATOR'))
  const profile = await newMember(staff)
  // The approval expired these pages: render them again before the outage, on the instances themselves (nginx
  // would answer from its micro-cache and render them again in the background, maybe not before the stop).
  for (const base of [urls.a, urls.b])
    for (const path of CACHED_PAGES) expect((await request.get(`${base}${path}`)).status()).toBe(200)

  const db = database()
  db.stopServer('fast')
  let restarted = false
  try {
    for (const context of [js, noJs]) {
      await expectOutagePage(context, '/pledge')
      await expectOutagePage(context, '/signin')
    }
    await expectOutagePage(js, '/admin/pledges') // signed in: the session does not help without a database
    const api = await request.post(`${urls.nginx}/api/pledges`, { data: {} })
    expect(api.status()).toBe(503)
    expect((await api.json()).error.code).toBe('unavailable')

    // Cached public pages answer as before, from both instances.
    for (const base of [urls.a, urls.b, urls.nginx])
      for (const path of CACHED_PAGES) expect((await request.get(`${base}${path}`)).status()).toBe(200)

    // JavaScript on: a client-side navigation from a cached page ends on the same 503 page.
    const home = await js.newPage()
    await home.goto('/')
    await home.getByRole('banner').getByRole('link', { name: 'Sign a pledge' }).click()
    await expect(home.getByRole('heading', { level: 1 })).toHaveText(OUTAGE_TITLE)
    await home.close()

    // A public page not in the cache cannot be rendered: with JavaScript, it says why (without, Next.js sends
    // an empty error document for a page whose metadata needs the database: decision 0012).
    const page = await js.newPage()
    await page.goto(`/members/${profile.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OUTAGE_TITLE)
    await page.close()

    db.startServer()
    restarted = true
    const back = Date.now()
    for (const base of [urls.a, urls.b])
      await expect(async () => {
        expect((await request.get(`${base}/pledge`)).status()).toBe(200)
      }).toPass({ timeout: RECOVERS_WITHIN_MS })
    console.log(`Both instances answered again ${Date.now() - back} ms after PostgreSQL was back`)
  } finally {
    if (!restarted) db.startServer()
  }

  // Everything works again on both instances, without restarting them.
  for (const base of [urls.a, urls.b]) {
    await staff.goto(`${base}/admin/pledges`)
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText('Pledges to review')
  }
  for (const context of [js, noJs]) {
    const page = await context.newPage()
    await page.goto(`/members/${profile.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(profile.town)
    await page.goto('/pledge')
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(OUTAGE_TITLE)
    await page.close()
  }

  // A crash (immediate stop, recovery on start) and its return, just as well.
  db.stopServer('immediate')
  try {
    await expectOutagePage(noJs, '/pledge')
  } finally {
    db.startServer()
  }
  for (const base of [urls.a, urls.b])
    await expect(async () => {
      expect((await request.get(`${base}/signin`)).status()).toBe(200)
    }).toPass({ timeout: RECOVERS_WITHIN_MS })
  await Promise.all([js.close(), noJs.close()])
})

test('connections killed by the database server are replaced, without a restart', async ({ request }) => {
  // Both instances hold open connections (their pools and the proxy's probe); after the test above, an
  // instance's probe may still say "down" for up to a second.
  for (const base of [urls.a, urls.b])
    await expect(async () => {
      expect((await request.get(`${base}/pledge`)).status()).toBe(200)
    }).toPass({ timeout: RECOVERS_WITHIN_MS })
  const killed = await withClusterDb(async (c) => {
    const { rowCount } = await c.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    )
    return rowCount
  })
  expect(killed).toBeGreaterThan(0)
  // Each instance's pool and the proxy's probe drop their dead connections and open new ones. A request that
  // meets a killed connection before its pool noticed fails once (the outage text), the next ones pass.
  for (const base of [urls.a, urls.b]) {
    await expect(async () => {
      expect((await request.get(`${base}/pledge`)).status()).toBe(200)
    }).toPass({ timeout: RECOVERS_WITHIN_MS })
    for (let i = 0; i < 3; i++) expect((await request.get(`${base}/pledge`)).status()).toBe(200)
  }
})
