// The guides and tools library (issue 16), JS on and off, driven by the seeded entries: from the site's navigation
// to /resources, a words search and a stage filter (plain GET forms, cached views), a guide's page, a file's
// download, a members-only guide shown as its title and summary with the way in, an official who signs in by
// the emailed link and reads it in full, and the portal's city journey leading to a stage's guides.
import { expect, test } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { budget, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { withE2eDb } from './helpers/e2e-db'
import { approvedSignatory, signInAsOfficial, signInLinkOf } from './helpers/official'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

type Entry = { slug: string; title: string; kind: string; membersOnly: boolean; body: string }

const published = (where: object = {}) =>
  withE2eDb((db) =>
    db.resource.findMany({
      where: { status: 'PUBLISHED', ...where },
      orderBy: { title: 'asc' },
      select: { slug: true, title: true, kind: true, membersOnly: true, body: true },
    }),
  ) as Promise<Entry[]>

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const countText = (n: number) => (n === 1 ? '1 guide or tool' : `${n} guides and tools`)

// A sentence of a guide's markdown that shows as text on its page (not a heading marker or a list bullet).
const sentenceOf = (body: string) =>
  body
    .split('\n')
    .map((l) => l.trim())
    .find((l) => /^[A-Z][^*_[\]`#|'"&<>’]{40,}$/.test(l))!
    .slice(0, 40)

test('from the navigation to the library: search words, filter by stage, open a guide', async ({ page }) => {
  test.setTimeout(budget(60_000))
  const all = await published()
  expect(all.length, 'the e2e database holds the seeded library').toBeGreaterThanOrEqual(12)

  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click()
  await expect(page).toHaveURL(/\/resources$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides and tools')
  await expect(page.getByRole('status')).toHaveText(`${countText(all.length)}.`)
  await expectNoAxeViolations(page)

  // A stemmed search: "inventories" finds the guide with "Inventory" in its title.
  const inventoryGuide = all.find((r) => r.slug === 'first-ghg-inventory-small-city')!
  await page.getByLabel('Search words').fill('inventories')
  await page.getByRole('button', { name: 'Search guides and tools' }).click()
  await expect(page).toHaveURL(/\/resources\?q=inventories/)
  await expect(page.getByLabel('Search words')).toHaveValue('inventories')
  await expect(page.getByRole('link', { name: inventoryGuide.title, exact: true })).toBeVisible()
  await expect(page.getByRole('status')).toContainText('your search')
  await expectNoAxeViolations(page)

  // The stage filter, words cleared: every entry filed under the target stage, and only those.
  const target = await published({ stages: { some: { stage: 'TARGET' } } })
  await page.getByLabel('Search words').fill('')
  await page.getByLabel('Compliance stage').selectOption('TARGET')
  await page.getByRole('button', { name: 'Search guides and tools' }).click()
  await expect(page).toHaveURL(/\/resources\?.*\bstage=TARGET(&|$)/)
  await expect(page.getByLabel('Compliance stage')).toHaveValue('TARGET')
  await expect(page.getByRole('status')).toHaveText(`${countText(target.length)} match your search.`)
  const cards = page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 3 })
  await expect(cards).toHaveText(target.map((r) => new RegExp(`^${escapeRegExp(r.title)}`)))
  await expectNoAxeViolations(page)

  // An open guide from the filtered list: its text, facts and review date.
  const guide = target.find((r) => r.kind === 'GUIDE' && !r.membersOnly)!
  await page.getByRole('link', { name: guide.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/resources/${guide.slug}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title)
  await expect(page.locator('.prose-content')).toContainText(sentenceOf(guide.body))
  await expect(page.getByText(/^Reviewed on \w+ \d+, \d{4}/)).toBeVisible()
  await expect(page.getByText('Members only')).toHaveCount(0)
  await expectNoAxeViolations(page)

  // A search that finds nothing says so, with a way back.
  await page.goto('/resources')
  await page.getByLabel('Search words').fill('zzqxnotaword')
  await page.getByRole('button', { name: 'Search guides and tools' }).click()
  await expect(page.getByText('No guides or tools match your search.')).toBeVisible()
  await page.getByRole('link', { name: 'see all guides and tools' }).click()
  await expect(page).toHaveURL(/\/resources$/)
  await expect(page.getByRole('status')).toHaveText(`${countText(all.length)}.`)
})

test('a file to download and a link to an external tool', async ({ page, request }) => {
  await page.goto('/resources')
  await page.getByLabel('Kind').selectOption('FILE')
  await page.getByRole('button', { name: 'Search guides and tools' }).click()
  await expect(page).toHaveURL(/\/resources\?.*\bkind=FILE(&|$)/)
  const file = (await published({ kind: 'FILE', membersOnly: false }))[0]!
  await page.getByRole('link', { name: file.title, exact: true }).click()
  const download = page.getByRole('link', { name: /^Download / })
  await expect(download).toBeVisible()
  // The type and size beside the link.
  await expect(page.locator('article')).toContainText(
    /\((CSV spreadsheet|PDF|[A-Z]+), [\d,.]+ (bytes|KB|MB)\)/,
  )
  const response = await request.get((await download.getAttribute('href'))!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="[^"/\\]+"/)
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  await expectNoAxeViolations(page)

  await page.goto('/resources?kind=LINK')
  const link = (await published({ kind: 'LINK' }))[0]!
  await page.getByRole('link', { name: link.title, exact: true }).click()
  const external = page.getByRole('link', { name: /^Open the tool at / })
  await expect(external).toHaveAttribute('rel', /noopener/)
  await expect(external).toHaveAttribute('href', /^https:\/\//)
  await expect(page.getByText(/leaves this site/)).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a members-only guide: title, summary and the way in for anyone; the full text once an official signs in', async ({
  page,
  request,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(60_000))
  const members = (await published({ membersOnly: true, kind: 'GUIDE' }))[0]!
  expect(members, 'the seed has a members-only guide').toBeTruthy()
  const hidden = sentenceOf(members.body)

  await page.goto('/resources')
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: members.title }) })
  await expect(card).toContainText('Members only')
  await card.getByRole('link', { name: members.title }).click()
  await expect(page).toHaveURL(new RegExp(`/resources/${members.slug}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(members.title)
  const access = page.getByRole('region', { name: 'For members of the network' })
  await expect(access).toBeVisible()
  await expect(access.getByRole('link', { name: 'Sign a pledge for your municipality' })).toHaveAttribute(
    'href',
    '/pledge',
  )
  await expect(access.getByRole('link', { name: 'See the campaigns you can join' })).toHaveAttribute(
    'href',
    '/campaigns',
  )
  await expect(page.locator('.prose-content')).toHaveCount(0)
  // Not in the page, nor in its React payload: the cached page never held it.
  expect(await page.content()).not.toContain(hidden)
  expect(await (await request.get(`/resources/${members.slug}`)).text()).not.toContain(hidden)
  await expectNoAxeViolations(page)

  // An official follows "Sign in to read it", gets the emailed link and lands on the full guide.
  const official = await approvedSignatory(javaScriptEnabled ? 10 : 11)
  await access.getByRole('link', { name: 'Sign in to read it' }).click()
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fresources%2F/)
  const before = smtp.messages.length
  await page.getByLabel('Your email', { exact: true }).fill(official.email)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page).toHaveURL(/\/signin\/check-email/)
  const mail = await smtp.waitFor(
    (m) =>
      smtp.messages.indexOf(m) >= before &&
      m.to.includes(official.email) &&
      m.subject === 'Your sign-in link',
  )
  await page.goto(signInLinkOf(mail))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`/resources/${members.slug}/read$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(members.title)
  await expect(page.locator('.prose-content')).toContainText(hidden)
  await expectNoAxeViolations(page)

  // Rendered for this reader only: never stored by a shared cache.
  const own = await page.request.get(`/resources/${members.slug}/read`, { maxRedirects: 0 })
  expect(own.status()).toBe(200)
  expect(own.headers()['cache-control']).toMatch(/private/)
  expect(own.headers()['cache-control']).toMatch(/no-store/)
  // Someone else, with no session, is sent to sign in and sees none of it.
  const anonymous = await request.get(`/resources/${members.slug}/read`, { maxRedirects: 0 })
  expect(anonymous.status()).toBe(307)
  expect(anonymous.headers()['location']).toMatch(/^\/signin\?callbackUrl=/)
  expect(await anonymous.text()).not.toContain(hidden)
})

test('the portal’s compliance path lists each stage’s guides; one leads to its page', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(60_000))
  const official = await approvedSignatory(javaScriptEnabled ? 12 : 13)
  await signInAsOfficial(page, official.email, smtp, { callbackPath: `/portal/${official.slug}` })
  const journey = page.getByRole('region', { name: 'Compliance path' })
  const inventory = journey
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: /GHG inventory/ }) })
  const expected = await published({ stages: { some: { stage: 'INVENTORY' } } })
  const guides = inventory.getByRole('list').last().getByRole('link')
  await expect(guides).toHaveText(expected.slice(0, 3).map((r) => r.title))
  await expectNoAxeViolations(page)

  const first = expected[0]!
  await guides.first().click()
  await expect(page).toHaveURL(new RegExp(`/resources/${first.slug}(/read)?$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title)

  await page.goBack()
  await inventory.getByRole('link', { name: /All guides for this stage/ }).click()
  await expect(page).toHaveURL(/\/resources\?stage=INVENTORY$/)
  await expect(page.getByLabel('Compliance stage')).toHaveValue('INVENTORY')
  await expect(page.getByRole('status')).toHaveText(`${countText(expected.length)} match your search.`)
})

test('the library in the sitemap (open entries only); internal views are not addressable', async ({
  request,
}) => {
  const open = await published({ membersOnly: false })
  const members = await published({ membersOnly: true })
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/resources</loc>')
  for (const r of open) expect(sitemap).toContain(`/resources/${r.slug}</loc>`)
  for (const r of members) expect(sitemap).not.toContain(`/resources/${r.slug}</loc>`)
  // The internal route of /resources?stage=TARGET, asked for directly.
  const key = Buffer.from('stage=TARGET').toString('base64url')
  expect((await request.get(`/_views/resources/${key}`)).status()).toBe(404)
})
