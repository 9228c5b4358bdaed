// Signing a pledge end to end, with JavaScript on and off: the form, a real email over SMTP, the
// confirmation link, a moderator's approval in /admin/pledges, and the public pages that then list it.
import { randomBytes } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import Database from 'better-sqlite3'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { e2eDatabaseFile, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { createStaff, signInTo, sqliteDate, withE2eDb } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

function pledgeStatus(email: string): string | undefined {
  const conn = new Database(e2eDatabaseFile(), { readonly: true, fileMustExist: true })
  try {
    const row = conn.prepare('SELECT status FROM Pledge WHERE emailNormalized = ?').get(email) as
      { status: string } | undefined
    return row?.status
  } finally {
    conn.close()
  }
}

async function continueTo(page: Page, button: string, path: string) {
  await page.getByRole('button', { name: button }).click()
  await expect(page).toHaveURL(new RegExp(`${path}$`))
}

test('an official signs, confirms by email, and after approval the municipality is listed', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(90_000)
  const tag = randomBytes(3).toString('hex')
  const town = `Pledgeville ${tag}`
  const email = `mayor-${tag}@pledgeville.gov`

  await page.goto('/pledge?campaign=rc4a')
  await expect(page.getByRole('radio', { name: /Resilient Communities/ })).toBeChecked()
  await expectNoAxeViolations(page)
  await continueTo(page, 'Continue', '/pledge/municipality')

  await page.getByLabel('Search by name').fill(`Pledgeville ${tag}`)
  await page.getByRole('button', { name: 'Search' }).click()
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
    buffer: Buffer.from('%PDF-1.4\n% test resolution\n%%EOF\n'),
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
  expect(pledgeStatus(email)).toBe('PENDING_EMAIL')
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText(/email address is confirmed/i)).toBeVisible()
  expect(pledgeStatus(email)).toBe('PENDING_REVIEW')

  // A moderator approves it in the queue. Confirmed "long ago" so it heads the queue (oldest first).
  withE2eDb((c) =>
    c
      .prepare('UPDATE "Pledge" SET confirmedAt = ? WHERE emailNormalized = ?')
      .run(sqliteDate(new Date('2001-01-01T00:00:00Z')), email),
  )
  const moderator = await createStaff('MODERATOR')
  await signInTo(page, '/admin/pledges', moderator)
  await page.getByRole('button', { name: `Approve the pledge of ${town}` }).click()
  await expect(page.getByRole('status')).toContainText('approved')
  expect(pledgeStatus(email)).toBe('APPROVED')
  await smtp.waitFor((m) => m.to.includes(email) && /has joined/.test(m.subject))

  // The approval ran in the server, so the cached public pages show it on the next request.
  await page.goto('/campaigns/rc4a?state=WY')
  await expect(page.getByRole('link', { name: town })).toBeVisible()
  await page.goto('/')
  await page.getByRole('link', { name: town }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(town)
  await expect(page.getByText(/Resilient Communities/).first()).toBeVisible()
})

test('a confirmation link that is not valid says so and offers a new one', async ({ page }) => {
  await page.goto(`/pledge/confirm/${'A'.repeat(43)}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link is not valid')
  await page.getByRole('link', { name: 'Ask for a new confirmation email' }).click()
  await page.getByLabel('Official email address').fill('unknown@nowhere.gov')
  await page.getByRole('button', { name: 'Send a new link' }).click()
  await expect(page.getByText(/If unknown@nowhere.gov signed a pledge/)).toBeVisible()
})
