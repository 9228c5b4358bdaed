// Two `next start` instances on one database and one Redis, as behind a load balancer: a pledge approved
// through A shows on B's cached pages at once (the Next.js cache is in Redis, its tags expired by A), and a
// rate limit spent through A holds on B. Builds nothing: it reuses the e2e build and database `npm test`
// prepared (CLUSTER_DIST_DIR overrides the build), and skips when they or redis-server are missing.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { e2eAuthSecret, e2eDatabaseFile, e2eDatabaseUrl, e2eDistDir } from '../e2e/helpers/e2e-env.mjs'
import { createStaff, signInTo, sqliteDate, withE2eDb } from '../e2e/helpers/staff'

const REDIS_SERVER = '/usr/bin/redis-server'
const distDir = process.env.CLUSTER_DIST_DIR || e2eDistDir
// Redis, instance A and instance B on three consecutive ports.
const basePort = Number(process.env.CLUSTER_PORT || 3921)
const [redisPort, portA, portB] = [basePort, basePort + 1, basePort + 2]
const urlA = `http://localhost:${portA}`
const urlB = `http://localhost:${portB}`
const CAMPAIGN = 'compact-of-mayors'

const missing = [
  !existsSync(REDIS_SERVER) && `${REDIS_SERVER} (apt-get install -y redis-server)`,
  !existsSync(path.join(distDir, 'BUILD_ID')) && `a production build in ${distDir} (npm test builds it)`,
  !existsSync(e2eDatabaseFile()) && `the e2e database ${e2eDatabaseUrl} (npm test prepares it)`,
].filter(Boolean)
test.skip(missing.length > 0, `Skipping the two-instance test: missing ${missing.join(', ')}.`)

const processes: ChildProcess[] = []
const logs = new Map<string, string>()

function start(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  logs.set(name, '')
  const append = (d: Buffer) => logs.set(name, logs.get(name) + d.toString())
  child.stdout!.on('data', append)
  child.stderr!.on('data', append)
  processes.push(child)
  return child
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(
    `${what} did not start in ${timeoutMs} ms:\n${[...logs].map(([n, l]) => `--- ${n}\n${l}`).join('\n')}`,
  )
}

test.beforeAll(async () => {
  test.setTimeout(180_000)
  start('redis', REDIS_SERVER, [
    '--port',
    String(redisPort),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ])
  await waitFor(
    'redis-server',
    async () => logs.get('redis')!.includes('Ready to accept connections'),
    10_000,
  )
  const env = {
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: e2eDatabaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    AUTH_SECRET: e2eAuthSecret,
    AUTH_TRUST_HOST: 'true',
    SITE_URL: urlA,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  // No -H: it makes Next.js treat the proxy's rewrites of filtered views as external (decision 0010).
  for (const [name, port] of [
    ['A', portA],
    ['B', portB],
  ] as const)
    start(name, process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], env)
  for (const url of [urlA, urlB]) await waitFor(url, async () => (await fetch(`${url}/`)).status < 500)
})

test.afterAll(() => {
  for (const p of processes.reverse()) p.kill()
})

/** A confirmed pledge awaiting review, for a new municipality in Wyoming (as in moderation.spec.ts). */
function pendingPledge() {
  const tag = randomBytes(3).toString('hex')
  const town = `Clusterton ${tag}`
  const id = (p: string) => `${p}${randomBytes(10).toString('hex')}`
  return withE2eDb((c) => {
    const text = c
      .prepare(
        `SELECT t.id AS id, t.campaignId AS campaignId FROM PledgeText t JOIN Campaign c ON c.id = t.campaignId
         WHERE c.slug = ? AND t.publishedAt IS NOT NULL ORDER BY t.version DESC LIMIT 1`,
      )
      .get(CAMPAIGN) as { id: string; campaignId: string }
    const municipalityId = id('e2e')
    c.prepare(
      `INSERT INTO "Municipality" (id, slug, name, searchName, state, population, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 'WY', 1234, ?, ?)`,
    ).run(municipalityId, `clusterton-${tag}-wy`, town, town.toLowerCase(), sqliteDate(), sqliteDate())
    const old = sqliteDate(new Date('2001-01-01T00:00:00Z'))
    const email = `mayor-${tag}@clusterton.example.org`
    c.prepare(
      `INSERT INTO "Pledge" (id, campaignId, pledgeTextId, municipalityId, liveKey, signatoryName, signatoryTitle,
         email, emailNormalized, mandateType, status, signedAt, confirmedAt, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, 'Pat Cluster', 'Mayor', ?, ?, 'LETTER', 'PENDING_REVIEW', ?, ?, ?, ?)`,
    ).run(
      id('e2e'),
      text.campaignId,
      text.id,
      municipalityId,
      `${municipalityId}:${text.campaignId}`,
      email,
      email,
      old,
      old,
      old,
      sqliteDate(),
    )
    return town
  })
}

async function pageOn(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL })
  return context.newPage()
}

const signatoryTotal = async (page: Page) =>
  Number((await page.getByTestId('campaign-signatory-total').textContent())!.replace(/[^0-9]/g, ''))

test('a pledge approved through instance A shows on instance B at once', async ({ browser }) => {
  const town = pendingPledge()
  const moderator = await createStaff('MODERATOR')
  const [a, b] = [await pageOn(browser, urlA), await pageOn(browser, urlB)]
  const search = `/members?q=${encodeURIComponent(town)}`

  // Both instances render and cache the views as they are now (B twice: the second is a cache hit).
  for (const page of [a, b, b]) {
    await page.goto(search)
    await expect(page.getByRole('heading', { name: '0 member municipalities' })).toBeVisible()
  }
  await b.goto(`/campaigns/${CAMPAIGN}`)
  const before = await signatoryTotal(b)
  await b.goto(`/campaigns/${CAMPAIGN}`)
  expect(await signatoryTotal(b)).toBe(before)

  await signInTo(a, '/admin/pledges', moderator)
  await a.getByRole('button', { name: `Approve the pledge of ${town}` }).click()
  await expect(a.getByRole('status')).toContainText('approved')
  const approvedAt = Date.now()

  // B's first requests after the approval already show it: A expired the tags in the shared cache.
  await b.goto(search)
  await expect(b.getByRole('heading', { name: '1 member municipality' })).toBeVisible()
  await expect(b.getByRole('link', { name: town })).toBeVisible()
  await b.goto(`/campaigns/${CAMPAIGN}`)
  expect(await signatoryTotal(b)).toBe(before + 1)
  console.log(`B showed the approval ${Date.now() - approvedAt} ms after A confirmed it`)

  // Both instances really used Redis.
  for (const name of ['A', 'B']) expect(logs.get(name)).toContain('[cache] Shared Next.js cache on Redis')
})

test('a rate limit spent through instance A holds on instance B', async ({ request }) => {
  // The pledge JSON API allows one address 20 submissions an hour (counted before validation).
  const ip = `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`
  const submit = (url: string) =>
    request
      .post(`${url}/api/pledges`, { data: {}, headers: { 'x-forwarded-for': ip } })
      .then((r) => r.status())
  const statuses = []
  for (let i = 0; i < 20; i++) statuses.push(await submit(urlA))
  expect(new Set(statuses)).toEqual(new Set([400]))
  expect(await submit(urlB)).toBe(429)
})
