// The staff area's front door: sign-in (with and without JavaScript), roles, sign-out, accessibility.
// Staff users are written straight into the e2e database with real argon2id hashes.
import { randomBytes } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations as axeCheck } from './helpers/axe'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { withE2eDb } from './helpers/e2e-db'
import { e2eSmtpPort } from './helpers/e2e-env.mjs'

// The e2e server sends mail by SMTP to this port; each spec that makes it send mail listens there itself.
let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

const PASSWORD = 'e2e staff password 2026'
const FAILED = /Enter a correct email address and password/

async function createStaff(role: 'ADMIN' | 'EDITOR' | 'MODERATOR', label: string): Promise<string> {
  const email = `e2e-${label}-${randomBytes(4).toString('hex')}@example.org`
  const passwordHash = await hash(PASSWORD, { algorithm: 2 })
  await withE2eDb((db) =>
    db.user.create({
      data: { id: `e2e${randomBytes(8).toString('hex')}`, email, name: `E2E ${label}`, role, passwordHash },
    }),
  )
  return email
}

// axe runs as a script in the page, so it can only check the project with JavaScript enabled.
async function expectNoAxeViolations(page: Page) {
  if (test.info().project.use.javaScriptEnabled !== false) await axeCheck(page)
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test('an anonymous visitor to the staff area is sent to an accessible sign-in page', async ({ page }) => {
  await page.goto('/admin/outbox')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Foutbox$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')
  await expectNoAxeViolations(page)
})

test('a wrong password is refused with an error summary, keeping the email', async ({ page }) => {
  const email = await createStaff('EDITOR', 'wrong')
  await page.goto('/signin')
  await signIn(page, email, 'not the password')
  const summary = page.getByRole('alert')
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
  await expect(summary.getByRole('link', { name: FAILED })).toHaveAttribute('href', '#f-email')
  await expect(page.getByLabel('Email address')).toHaveValue(email)
  await expect(page).toHaveURL(/\/signin/)
  await expectNoAxeViolations(page)
  // An unknown address gets exactly the same answer.
  await signIn(page, `nobody-${randomBytes(3).toString('hex')}@example.org`, 'whatever')
  await expect(page.getByRole('alert').getByRole('link', { name: FAILED })).toBeVisible()
})

test('an admin signs in, returns to the page asked for, sees the staff area, and signs out', async ({
  page,
}) => {
  const email = await createStaff('ADMIN', 'admin')
  await page.goto('/admin/audit')
  await signIn(page, email)
  await expect(page).toHaveURL(/\/admin\/audit$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log')
  await expectNoAxeViolations(page)

  const nav = page.getByRole('navigation', { name: 'Staff area' })
  await nav.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard')
  await expect(page.locator('dt', { hasText: 'Pledges to review' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recent activity' })).toBeVisible()
  await expectNoAxeViolations(page)

  await nav.getByRole('link', { name: 'Outbox' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outbox')
  await expect(
    page.getByText(/keeps who each was for, its subject, when and whether it was sent, never its text/),
  ).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/signin\?signedOut=1$/)
  await expect(page.getByRole('status')).toHaveText('You have signed out.')
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin$/)
})

test("a moderator has no outbox: it could hold other people's single-use links", async ({ page }) => {
  const email = await createStaff('MODERATOR', 'no-outbox')
  await page.goto('/signin')
  await signIn(page, email)
  await expect(page).toHaveURL(/\/admin$/)
  const nav = page.getByRole('navigation', { name: 'Staff area' })
  await expect(nav.getByRole('link', { name: 'Pledges to review' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Outbox' })).toHaveCount(0)
  await page.goto('/admin/outbox')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page')
})

test('an editor sees only the pages of their role and is refused the audit log', async ({ page }) => {
  const email = await createStaff('EDITOR', 'editor')
  await page.goto('/signin')
  await signIn(page, email)
  await expect(page).toHaveURL(/\/admin$/)
  const nav = page.getByRole('navigation', { name: 'Staff area' })
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0)
  await expect(nav.getByRole('link', { name: 'Outbox' })).toHaveCount(0)
  await page.goto('/admin/audit')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page')
  await expectNoAxeViolations(page)
})

test('"sign out everywhere" ends the sessions in other browsers', async ({ browser, page }) => {
  const email = await createStaff('MODERATOR', 'everywhere')
  const other = await browser.newContext()
  try {
    const otherPage = await other.newPage()
    for (const p of [page, otherPage]) {
      await p.goto('/signin')
      await signIn(p, email)
      await expect(p).toHaveURL(/\/admin$/)
    }
    await page.getByRole('link', { name: 'Other sign-out options' }).click()
    await page.getByRole('button', { name: 'Sign out everywhere' }).click()
    await expect(page).toHaveURL(/\/signin\?signedOut=1$/)
    await otherPage.goto('/admin')
    await expect(otherPage).toHaveURL(/\/signin/)
    await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText('Sign in')
  } finally {
    await other.close()
  }
})

test('signing in works with the keyboard alone', async ({ page }) => {
  const email = await createStaff('ADMIN', 'keyboard')
  await page.goto('/signin')
  const emailField = page.getByLabel('Email address')
  for (let i = 0; i < 20 && !(await emailField.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab')
  }
  await expect(emailField).toBeFocused()
  await page.keyboard.type(email)
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Password')).toBeFocused()
  await page.keyboard.type(PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard')
})

test('a locked-out staff member resets the password by email link and signs in again', async ({ page }) => {
  const email = await createStaff('MODERATOR', 'locked')
  const lockedUntil = new Date(Date.now() + 15 * 60_000)
  await withE2eDb((db) => db.user.update({ where: { email }, data: { failedLoginCount: 5, lockedUntil } }))
  await page.goto('/signin')
  await signIn(page, email)
  await expect(page.getByRole('alert').getByRole('link', { name: FAILED })).toBeVisible()

  await page.getByRole('link', { name: 'Forgot your password?' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your password')
  await expectNoAxeViolations(page)
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Send me a link' }).click()
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()

  // The link reaches the recipient alone: the outbox keeps no text once mail goes by SMTP.
  const { text } = await smtp.waitFor((m) => m.to.includes(email) && /password/i.test(m.subject))
  const kept = await withE2eDb((db) => db.outboxMessage.findFirstOrThrow({ where: { to: email } }))
  expect(kept).toMatchObject({ transport: 'smtp', text: '', html: '' })
  const link = text.match(/\/reset-password\/[\w-]{43}/)?.[0]
  expect(link, 'reset link in the email').toBeTruthy()
  await page.goto(link!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password')
  await expectNoAxeViolations(page)
  await page.getByLabel('New password', { exact: true }).fill('a fresh e2e passphrase')
  await page.getByLabel('New password again').fill('a fresh e2e passphrase')
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page).toHaveURL(/\/signin\?reset=1$/)
  await expect(page.getByRole('status')).toHaveText(/Your password has been changed/)
  await signIn(page, email, 'a fresh e2e passphrase')
  await expect(page).toHaveURL(/\/admin$/)

  await page.goto(link!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You cannot use this link')
})
