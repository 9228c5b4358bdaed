// The peer finder (issue 17), JS on and off: an approved signatory signs in by email link, opens "Municipalities
// like yours" from the portal, narrows the list to their census region with the GET form, reads why each matched
// (no official's contact anywhere in the results) and follows one to its public profile. Axe on the new page.
import { expect, test } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { budget, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { approvedSignatory, signInAsOfficial } from './helpers/official'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

test('an official finds municipalities like theirs, filters by region and opens one', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(60_000))
  // Signatories the other portal specs do not use.
  const official = await approvedSignatory(javaScriptEnabled ? 14 : 15)

  await signInAsOfficial(page, official.email, smtp, { callbackPath: `/portal/${official.slug}` })
  await page.getByRole('link', { name: 'Municipalities like yours' }).click()
  await expect(page).toHaveURL(new RegExp(`/portal/${official.slug}/peers$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipalities like yours')
  const results = page.getByRole('region', { name: 'Results' })
  const count = results.getByRole('status')
  await expect(count).toHaveText(/^Showing 1 to 20 of [\d,]+ municipalities, most alike first\.$/)
  const everyone = Number(/of ([\d,]+)/.exec((await count.textContent()) ?? '')![1]!.replace(/,/g, ''))
  await expectNoAxeViolations(page)

  // Only the census region: fewer results, each saying it is in the same state or region.
  await page.getByRole('checkbox', { name: 'In your census region' }).check()
  await page.getByRole('button', { name: 'Apply filters' }).click()
  // The form sends its empty selects too: region=1 is the one filter set.
  await expect(page).toHaveURL(new RegExp(`/portal/${official.slug}/peers\\?(.*&)?region=1(&|$)`))
  await expect(page.getByRole('checkbox', { name: 'In your census region' })).toBeChecked()
  await expect(count).toHaveText(/^Showing 1 to \d+ of [\d,]+ municipalit(y|ies), most alike first\.$/)
  const inRegion = Number(/of ([\d,]+)/.exec((await count.textContent()) ?? '')![1]!.replace(/,/g, ''))
  expect(inRegion).toBeGreaterThan(0)
  expect(inRegion).toBeLessThan(everyone)
  const list = results.getByRole('list', { name: 'Municipalities like yours, most alike first' })
  const items = list.getByRole('listitem')
  const shown = await items.count()
  expect(shown).toBe(Math.min(20, inRegion))
  for (let i = 0; i < shown; i++)
    await expect(items.nth(i)).toContainText(/Why it matched: .*(same state|same region \(the [A-Za-z]+\))/)
  // The network brokers first contacts: no email address in the results.
  await expect(results).not.toContainText('@')
  await expectNoAxeViolations(page)

  // The first result leads to its public profile.
  const first = items.first().getByRole('link').first()
  const name = (await first.textContent())!
  const href = (await first.getAttribute('href'))!
  expect(href).toMatch(/^\/members\/[a-z0-9-]+$/)
  expect(href).not.toBe(`/members/${official.slug}`)
  await first.click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name.replace(/, [A-Z]{2}$/, ''))
})
