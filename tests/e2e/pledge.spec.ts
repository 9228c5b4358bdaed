// Signing a pledge end to end, with JavaScript on and off: the form, a real email over SMTP, the
// confirmation link, a moderator's approval in /admin/pledges, and the public pages that then list it.
import { randomBytes } from 'node:crypto'
import { expect, test, type Page, type Response } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { MINIMAL_PDF } from '../helpers/pdf'
import { budget, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { withE2eDb } from './helpers/e2e-db'
import { createStaff, signInTo } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

async function pledgeStatus(email: string): Promise<string | undefined> {
  const pledge = await withE2eDb((db) =>
    db.pledge.findFirst({ where: { emailNormalized: email }, select: { status: true } }),
  )
  return pledge?.status
}

async function continueTo(page: Page, button: string, path: string) {
  await page.getByRole('button', { name: button, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
}

test('an official signs, confirms by email, and after approval the municipality is listed', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(90_000))
  const tag = randomBytes(3).toString('hex')
  const town = `Pledgeville ${tag}`
  const email = `mayor-${tag}@pledgeville.gov`

  await page.goto('/pledge?campaign=rc4a')
  await expect(page.getByRole('radio', { name: /Resilient Communities/ })).toBeChecked()
  await expectNoAxeViolations(page)
  await continueTo(page, 'Continue', '/pledge/municipality')

  await page.getByLabel('Search by name').fill(`Pledgeville ${tag}`)
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'No place called' })).toBeVisible()
  await page.getByLabel('Name of the municipality').fill(town)
  await page.getByLabel('State', { exact: true }).selectOption('WY')
  await page.getByLabel('Population').fill('1,234')
  await continueTo(page, 'Continue with this municipality', '/pledge/signatory')

  // A refused answer: the summary links to the field, the typed values stay.
  await page.getByLabel('Full name').fill('Pat Mayor')
  await page.getByLabel('Official email address').fill('not-an-email')
  await page.getByRole('button', { name: 'Continue' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeVisible()
  if (javaScriptEnabled) await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: /correct format/ })).toHaveAttribute('href', '#f-email')
  await expect(page.getByLabel('Full name')).toHaveValue('Pat Mayor')
  await expect(page.getByLabel('Official email address')).toHaveValue('not-an-email')
  await expectNoAxeViolations(page)

  await page.getByLabel('Title').fill('Mayor')
  await page.getByLabel('Official email address').fill(email)
  await page.getByLabel('Council resolution').check()
  await page.getByLabel(/letter, resolution or executive order/).setInputFiles({
    name: 'resolution.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(MINIMAL_PDF),
  })
  await continueTo(page, 'Continue', '/pledge/commitments')

  for (const box of await page.getByRole('checkbox').all()) await box.check()
  await continueTo(page, 'Continue', '/pledge/check')
  await expect(page.locator('dd').filter({ hasText: town })).toBeVisible()
  await expect(page.getByText('resolution.pdf')).toBeVisible()
  await continueTo(page, 'Sign the pledge', '/pledge/sent')
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()

  const mail = await smtp.waitFor((m) => m.to.includes(email))
  expect(mail.subject).toContain(town)
  expect(mail.html).toContain('/pledge/confirm/')
  const link = /(https?:\/\/\S+\/pledge\/confirm\/[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1]
  expect(link).toBeTruthy()

  // Opening the link (as a mail scanner would) confirms nothing; the button does.
  await page.goto(new URL(link!).pathname)
  await expect(page.getByRole('heading', { name: 'Confirm your pledge' })).toBeVisible()
  expect(await pledgeStatus(email)).toBe('PENDING_EMAIL')
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText(/email address is confirmed/i)).toBeVisible()
  expect(await pledgeStatus(email)).toBe('PENDING_REVIEW')

  // A moderator approves it in the queue. Confirmed "long ago" so it heads the queue (oldest first).
  await withE2eDb((db) =>
    db.pledge.updateMany({
      where: { emailNormalized: email },
      data: { confirmedAt: new Date('2001-01-01T00:00:00Z') },
    }),
  )
  const moderator = await createStaff('MODERATOR')
  await signInTo(page, '/admin/pledges', moderator)
  await page.getByRole('button', { name: `Approve the pledge of ${town}` }).click()
  await expect(page.getByRole('status')).toContainText('approved')
  expect(await pledgeStatus(email)).toBe('APPROVED')
  await smtp.waitFor((m) => m.to.includes(email) && /has joined/.test(m.subject))

  // The approval ran in the server, so the cached public pages show it on the next request.
  await page.goto('/campaigns/rc4a?state=WY')
  await expect(page.getByRole('link', { name: town })).toBeVisible()
  await page.goto('/')
  await page.getByRole('link', { name: town }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(town)
  await expect(page.getByText(/Resilient Communities/).first()).toBeVisible()
})

/**
 * Presses a button and returns the answer to the form post it makes: a plain post without JavaScript. With
 * JavaScript the server action answers instead (no post to wait for): null at once.
 */
async function submitFor(page: Page, button: string, form: string): Promise<Response | null> {
  const answered =
    test.info().project.use.javaScriptEnabled === false
      ? page.waitForResponse(
          (r) => r.request().method() === 'POST' && r.url().includes(`/pledge/submit/${form}`),
          { timeout: budget(10_000) },
        )
      : null
  await page.getByRole('button', { name: button }).click()
  return answered
}

test('wrong answers are refused next to the field, with a 4xx status without JavaScript', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(60_000))
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  // Without JavaScript the refused post itself is answered with the page and a 4xx status; with it,
  // the server action answers and the page does not reload.
  const expectRefused = async (answer: Response | null) => {
    await expect(summary).toBeVisible()
    if (javaScriptEnabled) await expect(summary).toBeFocused()
    else expect(answer?.status()).toBe(422)
  }

  await page.goto('/pledge?campaign=rc4a')
  await continueTo(page, 'Continue', '/pledge/municipality')

  // Step 2, a municipality that is not listed: no name, a population that is not a number.
  await page.getByLabel('Population').fill('lots')
  await expectRefused(await submitFor(page, 'Continue with this municipality', 'new-municipality'))
  await expect(summary.getByRole('link', { name: /Enter the municipality/ })).toHaveAttribute(
    'href',
    '#f-name',
  )
  await expect(page.getByText('Error: Enter the population as a number')).toBeVisible()
  await expect(page.getByLabel('Population')).toHaveValue('lots')
  await expectNoAxeViolations(page)
  await page.getByLabel('Name of the municipality').fill(`Refusedville ${randomBytes(3).toString('hex')}`)
  await page.getByLabel('State', { exact: true }).selectOption('VT')
  await page.getByLabel('Population').fill('800')
  await continueTo(page, 'Continue with this municipality', '/pledge/signatory')

  // Step 3: a bad email and a file that is not a PDF, whatever its name says.
  await page.getByLabel('Full name').fill('Robin Refused')
  await page.getByLabel('Title').fill('Mayor')
  await page.getByLabel('Official email address').fill('robin-at-town')
  await page.getByLabel('Signed letter').check()
  const mandate = page.getByLabel(/letter, resolution or executive order/)
  await mandate.setInputFiles({
    name: 'letter.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('not a pdf'),
  })
  await expectRefused(await submitFor(page, 'Continue', 'signatory'))
  await expect(summary.getByRole('link', { name: /correct format/ })).toHaveAttribute('href', '#f-email')
  await expect(summary.getByRole('link', { name: 'The selected file must be a PDF' })).toBeVisible()
  await expect(page.getByText('Error: The selected file must be a PDF')).toBeVisible()
  await expect(page.getByLabel('Full name')).toHaveValue('Robin Refused')
  await expect(page.getByLabel('Official email address')).toHaveValue('robin-at-town')
  await expect(page.getByLabel('Signed letter')).toBeChecked()

  // A real PDF, but over 5 MB: judged by its bytes.
  await page.getByLabel('Official email address').fill(`robin-${randomBytes(3).toString('hex')}@town.gov`)
  const big = Buffer.alloc(5 * 1024 * 1024 + 1024, 0x20)
  big.write('%PDF-1.4\n')
  await mandate.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: big })
  await expectRefused(await submitFor(page, 'Continue', 'signatory'))
  await expect(page.getByText('Error: The selected file must be smaller than 5 MB')).toBeVisible()
  await expect(page.getByLabel('Title')).toHaveValue('Mayor')
  await expectNoAxeViolations(page)

  // Corrected, the form goes on.
  await continueTo(page, 'Continue', '/pledge/commitments')
})

test('a form post from another site is refused', async ({ request, baseURL }) => {
  const form = { campaign: 'rc4a' }
  const foreign = await request.post('/pledge/submit/campaign', {
    form,
    headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    maxRedirects: 0,
  })
  expect(foreign.status()).toBe(403)
  expect(foreign.headers()['set-cookie']).toBeUndefined()
  const own = await request.post('/pledge/submit/campaign', {
    form,
    headers: { origin: baseURL!, 'sec-fetch-site': 'same-origin' },
    maxRedirects: 0,
  })
  expect(own.status()).toBe(303)
  expect(own.headers()['location']).toBe('/pledge/municipality')
  expect(own.headers()['set-cookie']).toContain('pledge-draft=')
})

test('a confirmation link that is not valid says so and offers a new one', async ({ page }) => {
  await page.goto(`/pledge/confirm/${'A'.repeat(43)}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link is not valid')
  await page.getByRole('link', { name: 'Ask for a new confirmation email' }).click()
  await page.getByLabel('Official email address').fill('unknown@nowhere.gov')
  await page.getByRole('button', { name: 'Send a new link' }).click()
  await expect(page.getByText(/If unknown@nowhere.gov signed a pledge/)).toBeVisible()
})

test('pressing Confirm on a link that is not valid is answered 404 without JavaScript', async ({
  page,
  javaScriptEnabled,
}) => {
  test.skip(javaScriptEnabled, 'with JavaScript the server action answers; the status is for plain posts')
  await page.goto(`/pledge/resend`)
  const answer = await submitFor(page, 'Send a new link', 'resend')
  expect(answer?.status()).toBe(422)
  await expect(page.getByText('Error: Enter your official email address')).toBeVisible()

  const unknown = await page.request.post('/pledge/submit/confirm', {
    form: { token: 'B'.repeat(43) },
    headers: { origin: new URL(page.url()).origin },
  })
  expect(unknown.status()).toBe(404)
  expect(await unknown.text()).toContain('This link has already been used or is not valid')
})

// ---------- on the seeded reference data, as people use it ----------

const STATE_NAMES = { OH: 'Ohio', IL: 'Illinois' } as const
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

/**
 * A real reference place (GeoNames, as seeded) that has not signed anything and is not a member: the
 * most populous one of a state whose name and state no other place shares. Each project takes its own state.
 */
async function unsignedSeededPlace(state: keyof typeof STATE_NAMES) {
  return withE2eDb(async (db) => {
    const candidates = await db.municipality.findMany({
      where: { state, isMember: false, pledges: { none: {} }, id: { startsWith: 'gn' } },
      orderBy: { population: 'desc' },
      take: 20,
      select: { id: true, name: true, state: true },
    })
    for (const c of candidates) {
      if ((await db.municipality.count({ where: { state, name: c.name } })) === 1) return c
    }
    throw new Error(`no unsigned reference place in ${state}`)
  })
}

/** Searches the municipality step by name, the way a visitor does with JavaScript (a suggestion) or without. */
async function searchFor(page: Page, name: string, stateCode: string, javaScriptEnabled: boolean) {
  const box = page.getByLabel('Search by name')
  if (javaScriptEnabled) {
    await box.pressSequentially(name, { delay: 20 })
    await page.getByRole('option', { name: startsWith(`${name}, ${stateCode}`) }).click()
  } else {
    await box.fill(name)
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  }
  await expect(page.getByRole('heading', { name: 'Places found' })).toBeVisible()
}

async function signAs(page: Page, who: { name: string; email: string }) {
  await page.getByLabel('Full name').fill(who.name)
  await page.getByLabel('Title').fill('Mayor')
  await page.getByLabel('Official email address').fill(who.email)
  await page.getByLabel('Signed letter').check()
  await continueTo(page, 'Continue', '/pledge/commitments')
  for (const box of await page.getByRole('checkbox').all()) await box.check()
  await continueTo(page, 'Continue', '/pledge/check')
}

test('a listed place found by name is chosen from the results, signed and confirmed; a repeat is told only that it is being processed', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(90_000))
  const state = javaScriptEnabled ? 'OH' : 'IL'
  const place = await unsignedSeededPlace(state)
  const label = `${place.name}, ${STATE_NAMES[state]}`
  const tag = randomBytes(3).toString('hex')
  const first = { name: `Morgan First ${tag}`, email: `first-${tag}@${state.toLowerCase()}.gov` }

  await page.goto('/pledge?campaign=rc4a')
  await continueTo(page, 'Continue', '/pledge/municipality')
  await searchFor(page, place.name, state, javaScriptEnabled)
  const radio = page.getByRole('radio', { name: startsWith(label) })
  await page
    .locator('label')
    .filter({ hasText: startsWith(label) })
    .click()
  await expect(radio).toBeChecked()
  await expectNoAxeViolations(page)
  await continueTo(page, 'Continue', '/pledge/signatory')

  await signAs(page, first)
  // The listed place itself, not a typed-in one.
  await expect(page.locator('dd').filter({ hasText: `${place.name}, ${state}` })).toBeVisible()
  await expect(page.getByText('not yet listed')).toHaveCount(0)
  await continueTo(page, 'Sign the pledge', '/pledge/sent')
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()

  const mail = await smtp.waitFor((m) => m.to.includes(first.email))
  expect(mail.subject).toContain(place.name)
  const link = /(https?:\/\/\S+\/pledge\/confirm\/[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1]
  expect(link).toBeTruthy()
  await page.goto(new URL(link!).pathname)
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText(/email address is confirmed/i)).toBeVisible()
  const saved = await withE2eDb((db) =>
    db.pledge.findFirstOrThrow({
      where: { emailNormalized: first.email },
      select: { status: true, municipalityId: true },
    }),
  )
  expect(saved).toEqual({ status: 'PENDING_REVIEW', municipalityId: place.id })

  // Someone else tries again for the same place: kindly told it is in hand, naming no one.
  await page.goto('/pledge?campaign=rc4a')
  await continueTo(page, 'Continue', '/pledge/municipality')
  await searchFor(page, place.name, state, javaScriptEnabled)
  await page
    .locator('label')
    .filter({ hasText: startsWith(label) })
    .click()
  await continueTo(page, 'Continue', '/pledge/signatory')
  await signAs(page, { name: `Riley Second ${tag}`, email: `second-${tag}@${state.toLowerCase()}.gov` })
  await continueTo(page, 'Sign the pledge', '/pledge/sent')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `A pledge for ${place.name} is being processed`,
  )
  await expect(page.getByRole('main')).not.toContainText(first.name)
  await expect(page.getByRole('main')).not.toContainText(first.email)
  await expectNoAxeViolations(page)
})

test('a place that has already signed says so in the search results, with a link to its profile', async ({
  page,
  javaScriptEnabled,
}) => {
  const signed = await withE2eDb((db) =>
    db.municipality.findFirstOrThrow({
      where: { isMember: true, pledges: { some: { status: 'APPROVED', campaign: { slug: 'rc4a' } } } },
      orderBy: { population: 'desc' },
      select: { name: true, state: true },
    }),
  )
  await page.goto('/pledge?campaign=rc4a')
  await continueTo(page, 'Continue', '/pledge/municipality')
  await searchFor(page, signed.name, signed.state, javaScriptEnabled)
  const list = page.getByRole('list', { name: 'Already signed RC4A' })
  const item = list.getByRole('listitem').filter({ hasText: startsWith(`${signed.name},`) })
  await expect(item).toContainText('Already signed RC4A')
  // Not offered as a choice: signing it again would only end in a duplicate after five steps.
  await expect(page.getByRole('radio', { name: startsWith(`${signed.name},`) })).toHaveCount(0)
  await expectNoAxeViolations(page)
  await item.getByRole('link', { name: `see the profile of ${signed.name}` }).click()
  await expect(page).toHaveURL(/\/members\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(signed.name)
})

test('the header leads officials and staff to sign in', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/signin$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')
  await expect(page.getByRole('heading', { name: 'Officials of member municipalities' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Staff', exact: true })).toBeVisible()
})
