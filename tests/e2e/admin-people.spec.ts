// Staff managing municipalities and people, with JavaScript on and off: a moderator corrects a
// member's population and the public profile shows it at once; an admin invites an editor, whose
// invitation arrives by real SMTP, who accepts it and signs in. axe checks each new page.
import { randomBytes } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
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

// A member municipality the seed made, a different one for each project so the two runs do not meet.
function memberSlug(offset: number): Promise<{ slug: string; name: string }> {
  return withE2eDb((db) =>
    db.municipality.findFirstOrThrow({
      where: { isMember: true },
      orderBy: { slug: 'asc' },
      skip: offset,
      select: { slug: true, name: true },
    }),
  )
}

async function submitAndWait(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click()
  await page.waitForLoadState('networkidle')
}

test('a moderator corrects a population and the public profile shows it on the next request', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(90_000))
  const { slug, name } = await memberSlug(javaScriptEnabled ? 3 : 4)
  const population = 10_000 + Math.floor(Math.random() * 80_000)
  // The profile is cached now, so the change must expire it.
  await page.goto(`/members/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)

  const moderator = await createStaff('MODERATOR')
  await signInTo(page, '/admin/municipalities', moderator)
  await expectNoAxeViolations(page)
  await page.getByLabel('Name', { exact: true }).fill(name)
  await page.getByLabel('Members only').check()
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toBeVisible()
  await page.getByRole('link', { name, exact: true }).first().click()
  await expect(page).toHaveURL(new RegExp(`/admin/municipalities/${slug}$`))
  await expectNoAxeViolations(page)

  // A refused answer keeps what was typed and says what to fix.
  await page.getByLabel('Number of residents').fill('lots')
  await page.getByLabel('Website (optional)').fill('http://insecure.example.gov')
  await page.getByRole('button', { name: 'Save facts' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeVisible()
  if (javaScriptEnabled) await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: /whole number/ })).toHaveAttribute('href', '#f-population')
  await expect(page.getByLabel('Number of residents')).toHaveValue('lots')
  await expect(page.getByLabel('Website (optional)')).toHaveValue('http://insecure.example.gov')
  await expectNoAxeViolations(page)

  await page.getByLabel('Number of residents').fill(String(population))
  await page.getByLabel('Year of the figure').fill('2024')
  await page.getByLabel('Website (optional)').fill('')
  await page.getByRole('button', { name: 'Save facts' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The facts were saved' })).toBeVisible()

  await page.goto(`/members/${slug}`)
  await expect(page.getByText(`${population.toLocaleString('en-US')} (2024)`)).toBeVisible()

  // The other staff pages for a municipality, for axe.
  for (const path of [
    `/admin/municipalities/${slug}/membership`,
    `/admin/municipalities/${slug}/merge`,
    '/admin/municipalities/import',
  ]) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
  }
})

test('an import with a bad row applies nothing and lists the problem', async ({ page }) => {
  const moderator = await createStaff('MODERATOR')
  const { slug, name } = await memberSlug(5)
  await signInTo(page, '/admin/municipalities/import', moderator)
  const csv = [
    'slug,name,state,county,population,population_year,boundary_type,website,latitude,longitude',
    `${slug},Renamed ${name},VT,,1000,2020,CITY,,,`,
    `${slug}-x,Other,VT,,-3,2020,CITY,,,`,
  ].join('\n')
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByRole('button', { name: 'Check and import' }).click()
  const problems = page.getByRole('table', { name: 'Problems found' })
  await expect(
    problems.getByRole('row', { name: /3 population The population cannot be negative/ }),
  ).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toBeVisible()
  await expectNoAxeViolations(page)
  const stored = await withE2eDb((db) =>
    db.municipality.findUniqueOrThrow({ where: { slug }, select: { name: true } }),
  )
  expect(stored.name).toBe(name)
})

test('an admin invites an editor, who accepts by email and signs in', async ({ page, javaScriptEnabled }) => {
  test.setTimeout(budget(90_000))
  const admin = await createStaff('ADMIN')
  const email = `invited-${randomBytes(4).toString('hex')}@example.org`
  const password = 'invited editor passphrase'
  await signInTo(page, '/admin/users', admin)
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Invite someone' }).click()
  await expect(page).toHaveURL(/\/admin\/users\/invite$/)
  await expectNoAxeViolations(page)

  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible()
  await expect(page.getByLabel('Email address')).toHaveValue(email)
  await expectNoAxeViolations(page)

  await page.getByLabel('Full name').fill('Ivy Invited')
  await page.getByRole('radio', { name: /^Editor/ }).check()
  await page.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page).toHaveURL(/\/admin\/users\?invited=/)
  await expect(
    page.getByRole('status').filter({ hasText: `An invitation was emailed to ${email}` }),
  ).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(email) })).toContainText('Invited')

  // The audit log shows the invitation, its details readable field by field.
  await page.goto('/admin/audit?kind=user.invite')
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toBeVisible()
  await page.locator('summary', { hasText: 'Before and after' }).first().click()
  await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible()
  await expectNoAxeViolations(page)

  const mail = await smtp.waitFor((m) => m.to.includes(email))
  const link = /https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0]
  expect(link, mail.text).toBeTruthy()

  // The invited editor, in a fresh session.
  await page.context().clearCookies()
  await page.goto(new URL(link!).pathname)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accept your invitation')
  await expectNoAxeViolations(page)
  await page.getByLabel('Choose a password').fill(password)
  await page.getByLabel('The same password again').fill('something else entirely')
  await submitAndWait(page, 'Accept the invitation')
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toContainText('The passwords do not match')
  if (javaScriptEnabled) await expect(summary).toBeFocused()
  await page.getByLabel('Choose a password').fill(password)
  await page.getByLabel('The same password again').fill(password)
  await page.getByRole('button', { name: 'Accept the invitation' }).click()
  await expect(page).toHaveURL(/\/invitation\/accepted\?as=staff$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account is ready')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Go to sign in' }).click()
  await expect(page).toHaveURL(/\/signin/)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByText('Ivy Invited')).toBeVisible()

  // The link works once.
  await page.goto(new URL(link!).pathname)
  await expect(page.getByText('already been accepted')).toBeVisible()
})
