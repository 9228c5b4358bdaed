// Sign-in and sign-out against the production build (issue 14: M1, L1, L5, L8): a copied session cookie
// stops working at sign-out, an emailed link signs in only from its confirmation page, the auth routes are
// never cached, and hostile sign-in addresses get a page, never a 500.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { approvedSignatory, signInAsOfficial } from './helpers/official'
import { createStaff, signInTo, STAFF_PASSWORD } from './helpers/staff'
import { withE2eDb } from './helpers/e2e-db'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { e2eSmtpPort } from './helpers/e2e-env.mjs'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

const SESSION = /^(__Secure-)?authjs\.session-token/

/**
 * Copies the signed-in page's session cookie, signs out through the sign-out page, and checks that a second
 * browser holding the copy is sent to sign in when it opens `protectedPath`.
 */
async function expectCopiedCookieDeadAfterSignOut(page: Page, browser: Browser, protectedPath: string) {
  const copied = (await page.context().cookies()).filter((c) => SESSION.test(c.name))
  expect(copied, 'session cookie').not.toHaveLength(0)

  await page.goto('/signout')
  await page.getByRole('button', { name: 'Sign out of this browser' }).click()
  await expect(page).toHaveURL(/\/signin\?signedOut=1$/)

  const thief = await browser.newContext()
  await thief.addCookies(copied)
  const stolen = await thief.newPage()
  await stolen.goto(protectedPath)
  await expect(stolen).toHaveURL(/\/signin/)
  await expect(stolen.getByRole('heading', { level: 1 })).toHaveText('Sign in')
  await thief.close()
}

test('signing out ends a staff session on the server: a copied cookie no longer opens /admin', async ({
  page,
  browser,
}) => {
  const email = await createStaff('ADMIN')
  await signInTo(page, '/admin', email)
  await expectCopiedCookieDeadAfterSignOut(page, browser, '/admin')
})

test('signing out ends an official’s session too', async ({ page, browser, javaScriptEnabled }) => {
  // Officials no other spec signs in as (portal.spec.ts takes the first four).
  const official = await approvedSignatory(javaScriptEnabled ? 4 : 5)
  await signInAsOfficial(page, official.email, smtp)
  await expectCopiedCookieDeadAfterSignOut(page, browser, '/portal')
})

test('a sign-in link opened at Auth.js’s address shows the confirmation page and signs no one in', async ({
  page,
}) => {
  // What another site would send a visitor to, with the attacker's own (here: made-up) link.
  await page.goto(
    '/api/auth/callback/nodemailer?token=abc&email=attacker%40example.org&callbackUrl=%2Fportal',
  )
  await expect(page).toHaveURL(/\/signin\/confirm\?/)
  await expect(page.getByText('attacker@example.org')).toBeVisible()
  expect((await page.context().cookies()).filter((c) => SESSION.test(c.name))).toHaveLength(0)
})

test('auth routes are never cached', async ({ request }) => {
  for (const path of ['/api/auth/providers', '/api/auth/signout', '/api/auth/session', '/api/auth/csrf']) {
    const res = await request.get(path, { maxRedirects: 0 })
    expect([path, res.headers()['cache-control']]).toEqual([path, 'no-store'])
  }
})

// Each answers a 4xx or a redirect to a page that works, never a 5xx, and never an error's insides.
const hostile = [
  '/signin?error=__proto__',
  '/signin?error=constructor',
  '/signin?callbackUrl=%2Fadmin%2Fcaf%C3%A9%E4%B8%AD',
  '/signin?callbackUrl=%',
  '/signin/confirm?token=x&email=a%40b.org&callbackUrl=%E0%A4%A',
  ...[
    '%',
    '%E0%A4%A',
    '//evil.com',
    'javascript:alert(1)',
    '%00',
    '/%E4%B8%AD',
    `/${'a'.repeat(5000)}`,
    '/./..//evil.com',
  ].flatMap((callbackUrl) => [
    `/api/auth/callback/nodemailer?token=x&email=a%40b.org&callbackUrl=${callbackUrl}`,
    `/api/auth/callback/credentials?callbackUrl=${callbackUrl}`,
    `/api/auth/signin?callbackUrl=${callbackUrl}`,
    `/api/auth/signout?callbackUrl=${callbackUrl}`,
    `/api/auth/session?callbackUrl=${callbackUrl}`,
    `/api/auth/providers?callbackUrl=${callbackUrl}`,
  ]),
]

test('hostile sign-in addresses get a page or a 4xx, never a 500', async ({ request }) => {
  for (const path of hostile) {
    const res = await request.get(path, { maxRedirects: 0 })
    expect(res.status(), path.slice(0, 120)).toBeLessThan(500)
    const location = res.headers().location
    if (location) {
      // A redirect stays on this site and leads to a page that answers.
      expect(location, path.slice(0, 120)).toMatch(/^\/(?!\/)/)
      const next = await request.get(location)
      expect(next.status(), `${path.slice(0, 80)} -> ${location.slice(0, 80)}`).toBeLessThan(500)
    }
    expect(await res.text()).not.toMatch(/\n\s+at [^\n]+:\d+:\d+|node_modules\//)
  }
})

/** An admin's invitation form, filled in and not yet sent. */
async function filledInvitation(page: Page) {
  const email = await createStaff('ADMIN')
  await signInTo(page, '/admin/users/invite', email)
  await page.getByLabel('Email address').fill(`late-${Date.now()}@city.gov`)
  await page.getByLabel('Full name').fill('Late Comer')
  return email
}

/**
 * Sending the form leads to sign in and back to the form. With JavaScript the page goes to the sign-in page
 * at once; without, the post is answered by a 401 page that says why, whose link leads there.
 */
async function expectSignInAndBack(page: Page, email: string, javaScriptEnabled: boolean) {
  const answered = page.waitForResponse((r) => r.status() === 401)
  await page.getByRole('button', { name: 'Send invitation' }).click()
  expect((await answered).request().method()).toBe(javaScriptEnabled ? 'POST' : 'GET')
  if (!javaScriptEnabled) {
    await expect(page).toHaveURL(/\/refused\?as=signed-out&from=%2Fadmin%2Fusers%2Finvite$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Please sign in')
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click()
  }
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fusers%2Finvite$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(STAFF_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin\/users\/invite$/)
}

test('a form sent after the session was ended on another device goes to sign in and back, not a 404', async ({
  page,
  browser,
  javaScriptEnabled,
}) => {
  const email = await filledInvitation(page)
  // Another browser signs the same person in and out everywhere: this one still holds its (now dead) cookie.
  const laptop = await browser.newContext()
  const other = await laptop.newPage()
  await signInTo(other, '/admin', email)
  await other.goto('/signout')
  await other.getByRole('button', { name: 'Sign out everywhere' }).click()
  await expect(other).toHaveURL(/\/signin\?signedOut=1$/)
  await laptop.close()
  await expectSignInAndBack(page, email, javaScriptEnabled)
})

test('a form sent after this browser signed out in another tab goes to sign in and back', async ({
  page,
  javaScriptEnabled,
}) => {
  const email = await filledInvitation(page)
  const tab = await page.context().newPage()
  await tab.goto('/signout')
  await tab.getByRole('button', { name: 'Sign out of this browser' }).click()
  await expect(tab).toHaveURL(/\/signin\?signedOut=1$/)
  await tab.close()
  await expectSignInAndBack(page, email, javaScriptEnabled)
})

test('a form sent after the role was taken away is answered 403 with the permission page', async ({
  page,
  javaScriptEnabled,
}) => {
  const email = await filledInvitation(page)
  // Meanwhile another administrator makes this one an editor.
  await withE2eDb((db) => db.user.update({ where: { email }, data: { role: 'EDITOR' } }))
  const refused = page.waitForResponse((r) => r.status() === 403)
  await page.getByRole('button', { name: 'Send invitation' }).click()
  // With JavaScript the action's own answer is the 403; without, the post is sent on to /refused, a 403.
  expect((await refused).request().method()).toBe(javaScriptEnabled ? 'POST' : 'GET')
  // With JavaScript the page is drawn again for the new role, which may not see it; without, /refused says why.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    javaScriptEnabled ? 'You do not have access to this page' : 'You do not have permission to do that',
  )
  if (!javaScriptEnabled) await expect(page).toHaveURL(/\/refused\?as=forbidden$/)
  expect(await withE2eDb((db) => db.user.count({ where: { name: 'Late Comer' } }))).toBe(0)
})
