// Residents ask their council to join (issue 18), JS on and off: a resident finds a place that has not joined
// through the asks' place search, signs its petition with a comment, confirms from the email caught by the SMTP
// test server (the link's page has a button; opening it changes nothing), and sees the count go up; a moderator
// approves the comment in /admin and it shows on the petition's page. Axe on each new page.
import { randomBytes } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { createStaff, signInTo } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function signatureCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('ask-count').textContent()) ?? ''
  const m = /^([\d,]+) residents? ha(?:s|ve) signed$/.exec(text.trim())
  expect(m, `count: ${text}`).not.toBeNull()
  return Number(m![1]!.replace(/,/g, ''))
}

test('a resident asks a place to join, confirms by email, the count goes up; a moderator approves the comment', async ({
  page,
  javaScriptEnabled,
}) => {
  const tag = randomBytes(4).toString('hex')
  const email = `resident-${tag}@example.net`
  const comment = `Our streets flood every spring (${tag}).`

  await page.goto('/asks')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ask your council to join')
  await expectNoAxeViolations(page)
  // The map of signatures by state is an SVG image drawn from the same counts, with a table.
  const map = page.getByRole('img', { name: /^Residents’ asks by state\./ })
  const mapResponse = await page.request.get((await map.getAttribute('src'))!)
  expect(mapResponse.status()).toBe(200)
  expect(mapResponse.headers()['content-type']).toMatch(/^image\/svg\+xml/)
  // The seeded asks, most asked first; each project takes its own place so their counts do not mix.
  const rows = page.getByRole('region', { name: 'Places residents ask most' }).getByRole('row')
  const row = rows.nth(javaScriptEnabled ? 3 : 4)
  const placeName = (await row.getByRole('rowheader').textContent())!.trim()
  const stateName = (await row.getByRole('cell').first().textContent())!.trim()
  const campaign = (await row.getByRole('cell').nth(1).textContent())!.trim()
  const listed = Number((await row.getByRole('cell').nth(2).textContent())!.replace(/,/g, ''))

  // The search finds any place, members or not.
  await page.getByLabel('Search by name').fill(placeName)
  await page.getByLabel('State (optional)').selectOption({ label: stateName })
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/asks\/find\?q=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which place do you want to ask?')
  await expectNoAxeViolations(page)
  await page
    .getByRole('link', { name: `Ask ${placeName} to join ${campaign}`, exact: true })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Ask ${placeName}, ${stateName} to join ${campaign}`,
  )
  const petitionUrl = page.url()
  const before = await signatureCount(page)
  expect(before).toBe(listed)
  await expectNoAxeViolations(page)

  // Wrong input: said next to the field, what was typed kept.
  await page.getByRole('textbox', { name: 'Your name' }).fill('Robin Resident')
  await page.getByRole('textbox', { name: 'Email address' }).fill('not-an-address')
  await page.getByRole('button', { name: 'Sign' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText(
    'Enter an email address in the correct format',
  )
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Robin Resident')
  await expectNoAxeViolations(page)
  await page.getByRole('textbox', { name: 'Email address' }).fill(email)
  await page.getByLabel(/Why should your council join/).fill(comment)
  await page.getByRole('button', { name: 'Sign' }).click()
  await expect(page.getByRole('status')).toContainText('Check your inbox')
  await expect(page.getByRole('status')).toContainText(email)

  const mail = await smtp.waitFor((m) => m.to.includes(email))
  expect(mail.subject).toMatch(
    new RegExp(`^Confirm your signature: Ask ${escapeRegExp(placeName)}, [A-Z]{2} to join ${campaign}$`),
  )
  const confirmUrl = /https?:\/\/\S+\/asks\/confirm\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0]
  expect(confirmUrl).toBeTruthy()

  // Opening the link counts nothing; the button does.
  await page.goto(confirmUrl!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirm your signature')
  await expectNoAxeViolations(page)
  await page.goto(petitionUrl)
  expect(await signatureCount(page)).toBe(before)
  await page.goto(confirmUrl!)
  await page.getByRole('button', { name: 'Confirm my signature' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you: your signature is confirmed')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'See the petition' }).click()
  expect(await signatureCount(page)).toBe(before + 1)
  // The comment waits for a moderator.
  await expect(page.getByRole('main')).not.toContainText(comment)

  await page.goto(confirmUrl!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This signature is already confirmed')

  await signInTo(page, '/admin', await createStaff('MODERATOR'))
  await page
    .getByRole('navigation', { name: 'Staff area' })
    .getByRole('link', { name: 'Ask comments to moderate' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ask comments to moderate')
  await expectNoAxeViolations(page)
  const item = page.getByRole('listitem').filter({ hasText: comment })
  await item.getByRole('button', { name: 'Approve the comment of Robin Resident' }).click()
  await expect(page.getByRole('status')).toContainText('The comment has been approved')
  await expect(page.getByRole('main')).not.toContainText(comment)

  await page.goto(petitionUrl)
  const said = page.getByRole('region', { name: 'What residents say' })
  await expect(said).toContainText(comment)
  await expect(said).toContainText('Robin Resident')
})
