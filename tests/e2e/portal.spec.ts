// The officials' portal end to end, with JavaScript on and off: an approved signatory asks for a
// sign-in link, the email arrives over real SMTP, the link signs them in, they set a target, and the
// public profile shows it at once. An unknown address gets the same page and no email.
import { randomBytes } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { budget, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { withE2eDb } from './helpers/e2e-db'
import { approvedSignatory, signInAsOfficial, signInLinkOf } from './helpers/official'
import { createStaff, signInTo } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

test('an approved signatory signs in by email link, sets a target, and the public profile shows it', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(90_000))
  const official = await approvedSignatory(javaScriptEnabled ? 0 : 1)
  // A target year no demo target uses (they end by 2050), different in each run, to find the row on the profile.
  const targetYear = 2051 + (randomBytes(1)[0]! % 49)

  await page.goto('/portal')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fportal/)
  await expectNoAxeViolations(page)
  await page.getByLabel('Your email', { exact: true }).fill(official.email.toUpperCase())
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page).toHaveURL(/\/signin\/check-email/)
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()
  await expectNoAxeViolations(page)

  const mail = await smtp.waitFor((m) => m.to.includes(official.email) && m.subject === 'Your sign-in link')
  expect(mail.text).toContain('Climate Leadership Campaigns')
  expect(mail.html).toContain('/signin/confirm?')
  expect(mail.html).not.toMatch(/<img|<script/i)

  // Opening the link (as a mail scanner would) signs nobody in; the button does.
  await page.goto(signInLinkOf(mail))
  await expect(page.getByRole('heading', { name: 'Sign in to the officials’ portal' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/portal$/)
  await expect(page.getByRole('heading', { name: 'Your municipalities' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page
    .getByRole('link', { name: new RegExp(official.name) })
    .first()
    .click()
  await expect(page).toHaveURL(new RegExp(`/portal/${official.slug}$`))
  await expect(page.getByRole('heading', { name: 'Compliance path' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Annual progress reports' })).toHaveAttribute(
    'href',
    `/portal/${official.slug}/reports`,
  )
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Add a target' }).click()
  await page.getByRole('radio', { name: /^Base year target/ }).check()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { name: /New base year target/ })).toBeVisible()

  // Refused answers: the summary links to each field, the typed values stay.
  await page.getByLabel('Base year', { exact: true }).fill('2015')
  await page.getByLabel('Emissions in the base year (tCO2e)').fill('250,000')
  await page.getByLabel('Target year', { exact: true }).fill('2010')
  await page.getByLabel('Reduction (%)').fill('140')
  await page.getByRole('button', { name: 'Save target' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeVisible()
  if (javaScriptEnabled) await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: /at least one sector/ })).toHaveAttribute(
    'href',
    '#f-sectorsCovered',
  )
  await expect(page.getByText('Error: The target year must be after the base year')).toBeVisible()
  await expect(page.getByText('Error: The reduction must be between 0 and 100 %')).toBeVisible()
  await expect(page.getByLabel('Emissions in the base year (tCO2e)')).toHaveValue('250,000')
  await expectNoAxeViolations(page)

  await page.getByLabel('Stationary energy').check()
  await page.getByLabel('Transportation').check()
  await page.getByLabel('Target year', { exact: true }).fill(String(targetYear))
  await page.getByLabel('Reduction (%)').fill('45')
  await page.getByRole('button', { name: 'Save target' }).click()
  await expect(page).toHaveURL(new RegExp(`/portal/${official.slug}\\?saved=created$`))
  await expect(page.getByRole('status')).toContainText('The target has been saved')
  await expect(page.getByRole('row').filter({ hasText: `by ${targetYear}` })).toBeVisible()
  await page.getByRole('link', { name: new RegExp(`^Edit .*by ${targetYear}`) }).click()
  await expect(page.getByRole('heading', { name: /Edit the base year target/ })).toBeVisible()
  await expect(page.getByLabel('Reduction (%)')).toHaveValue('45')
  await expectNoAxeViolations(page)

  // The public profile shows the new target on the next request.
  await page.goto(`/members/${official.slug}`)
  // The targets table's row (the emissions chart's table has a row for the target year too).
  const row = page.getByRole('row', { name: /target/i }).filter({ hasText: String(targetYear) })
  await expect(row).toContainText('45%')
  await expect(row).toContainText('Stationary energy')
})

test('an unknown address gets the same page and no email; portal pages need a session', async ({ page }) => {
  const stranger = `stranger-${randomBytes(4).toString('hex')}@example.org`
  await page.goto('/signin?callbackUrl=%2Fportal')
  await page.getByLabel('Your email', { exact: true }).fill(stranger)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page).toHaveURL(/\/signin\/check-email/)
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()
  // The page is answered only after any email has gone (Auth.js awaits the send, and each one sent leaves an
  // outbox row), so nothing is left to wait for: no email arrived and none was recorded.
  expect(smtp.messages.filter((m) => m.to.includes(stranger))).toEqual([])
  expect(await withE2eDb((db) => db.outboxMessage.count({ where: { to: stranger } }))).toBe(0)

  // A badly formed address is answered next to the field, with what was typed.
  await page.goto('/signin')
  await page.getByLabel('Your email', { exact: true }).fill('not-an-address')
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page.getByText('Error: Enter an email address in the correct format')).toBeVisible()
  await expect(page.getByLabel('Your email', { exact: true })).toHaveValue('not-an-address')

  // A used or made-up link is refused with a way on.
  await page.goto('/signin/confirm?token=made-up&email=someone%40example.org&callbackUrl=%2Fportal')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText(/expired or has already been used/)).toBeVisible()

  await page.goto('/portal/some-town/targets/new')
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fportal%2Fsome-town%2Ftargets%2Fnew/)
})

test('an official invites a colleague, staff confirm them, and the colleague signs in', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(90_000))
  const official = await approvedSignatory(javaScriptEnabled ? 2 : 3)
  const colleague = `colleague-${randomBytes(4).toString('hex')}@example.gov`
  const officialsPage = `/portal/${official.slug}/officials`
  await signInAsOfficial(page, official.email, smtp, { callbackPath: officialsPage })
  await expect(page.getByRole('heading', { name: `Officials of ${official.name}` })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Their email address').fill(colleague)
  await page.getByLabel('Their full name').fill('Casey Colleague')
  await page.getByLabel('Their title').fill('Sustainability Coordinator')
  await page.getByRole('button', { name: 'Invite colleague' }).click()
  await expect(page.getByRole('status')).toContainText(`${colleague} has been invited`)
  await page.goto(officialsPage)
  await expect(page.getByRole('row').filter({ hasText: colleague })).toContainText('Awaiting staff')
  await expectNoAxeViolations(page)

  // Until staff confirm, the colleague gets no link.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.goto('/signin?callbackUrl=%2Fportal')
  await page.getByLabel('Your email', { exact: true }).fill(colleague)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page).toHaveURL(/\/signin\/check-email/)

  const moderator = await createStaff('MODERATOR')
  await signInTo(page, '/admin/officials', moderator)
  await expect(page.getByRole('heading', { name: 'Officials to confirm' })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: `Confirm ${colleague} for ${official.name}` }).click()
  await expect(page.getByRole('status')).toContainText('has been confirmed')
  await smtp.waitFor((m) => m.to.includes(colleague) && /can now sign in/.test(m.subject))
  expect(smtp.messages.filter((m) => m.to.includes(colleague) && m.subject === 'Your sign-in link')).toEqual(
    [],
  )
  await page.getByRole('button', { name: 'Sign out' }).click()

  await signInAsOfficial(page, colleague, smtp)
  await expect(page.getByRole('link', { name: new RegExp(official.name) }).first()).toBeVisible()
})
