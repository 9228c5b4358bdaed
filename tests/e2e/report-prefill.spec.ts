// Report pre-fill, JS on and off: a seeded official whose latest report is verified starts next year's
// report; the draft holds last year's figures, each marked "carried over"; submitting before confirming
// is refused by the fields; the official changes one figure, confirms the rest and submits; a moderator's
// review page tells the carried-over figures from the one entered for the new year.
import { expect, test, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { expectNoAxeViolations } from './helpers/axe'
import { budget, e2eBaseUrl, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { signInAsOfficial, signatoriesWithVerifiedReport } from './helpers/official'
import { createStaff, signInTo } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

/** A seeded official whose latest report is verified and holds hazards and actions; one per JS project. */
async function officialWithVerifiedReport() {
  const offset = test.info().project.name === 'no-js' ? 1 : 0
  const thisYear = new Date().getUTCFullYear()
  // Next year must be a past or the current year (the demo has verified reports of the current year too).
  const row = (await signatoriesWithVerifiedReport()).filter(
    (s) => s.hazards > 0 && s.actions > 0 && s.verifiedYear < thisYear,
  )[offset]
  if (!row) throw new Error('The e2e database has no official with a verified report: was it seeded?')
  return row
}

// Next.js's route announcer is an alert too; the error summary is the one with its heading.
const errorSummary = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) })

test('next year’s report starts from the verified one; carried-over figures are confirmed or changed', async ({
  page,
  browser,
}) => {
  test.setTimeout(budget(90_000))
  const { slug, email, name: town, state, verifiedYear } = await officialWithVerifiedReport()
  const year = verifiedYear + 1
  const reports = `/portal/${slug}/reports`
  const marker = `Carried over from ${verifiedYear}’s verified report`

  await signInAsOfficial(page, email, smtp, { callbackPath: reports })
  await expect(page.getByText(`your ${verifiedYear} report): its inventory, hazards`)).toBeVisible()
  await expect(page.getByLabel('Accounting year')).toHaveValue(String(year))
  await page.getByRole('button', { name: 'Start the report' }).click()
  await expect(page).toHaveURL(new RegExp(`${reports}/${year}$`))

  // The summary says how much is carried over; each figure and row says so in words.
  const summary = page.getByRole('region', { name: /carried over from/ })
  await expect(summary).toContainText(`figures are carried over from ${verifiedYear}’s verified report`)
  const firstCell = page.locator('#f-inv-STATIONARY_ENERGY-1')
  const carriedFigure = await firstCell.inputValue()
  expect(carriedFigure).not.toBe('')
  await expect(page.locator('#f-inv-STATIONARY_ENERGY-1-carried')).toHaveText(marker)
  await expect(firstCell).toHaveAttribute('aria-describedby', /f-inv-STATIONARY_ENERGY-1-carried/)
  await expect(page.getByRole('group', { name: 'Hazard 1' })).toContainText(marker)
  await expect(page.getByRole('group', { name: 'Plan or action 1' })).toContainText(marker)
  await expectNoAxeViolations(page)

  // Submitting before confirming is refused, with the reason by the fields and the boxes.
  await page.getByRole('button', { name: 'Submit for verification' }).click()
  await expect(errorSummary(page)).toContainText(
    `Stationary energy, scope 1: this figure was carried over from ${verifiedYear}’s verified report`,
  )
  await expect(errorSummary(page)).toContainText('Tick this box to confirm the')
  await expect(page.locator('#f-hazard-0-hazard-error')).toContainText('Hazard 1 was carried over')
  await expectNoAxeViolations(page)

  // One figure changed for the new year (its mark goes); the rest confirmed, section by section.
  await firstCell.fill('4321')
  for (const box of await page.getByRole('checkbox', { name: /^Confirm the .* carried over from/ }).all())
    await box.check()
  await page.getByRole('button', { name: 'Submit for verification' }).click()
  await expect(page).toHaveURL(/\?submitted=1&/)
  await expect(page.getByRole('status').filter({ hasText: 'Your report has been submitted' })).toBeVisible()

  // The moderator's review page shows which figures were carried over and which one was entered.
  const staff = await (
    await browser.newContext({
      baseURL: e2eBaseUrl,
      javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
    })
  ).newPage()
  await signInTo(staff, '/admin/reports', await createStaff('MODERATOR'))
  await staff.getByRole('link', { name: `${town}, ${state}: ${year}` }).click()
  await expect(
    staff.getByText(`This report was pre-filled from the verified report of ${verifiedYear}`),
  ).toBeVisible()
  const inventory = staff.getByRole('table', { name: /by GPC sector and scope/ })
  const energy = inventory.getByRole('row', { name: /^Stationary energy/ })
  await expect(energy).toContainText(`4,321 (entered for ${year})`)
  await expect(energy).toContainText(`(carried over from ${verifiedYear}, confirmed by the official)`)
  await expect(
    staff.getByRole('cell', { name: `Carried over from ${verifiedYear}, confirmed by the official` }).first(),
  ).toBeVisible()
  await expectNoAxeViolations(staff)
  await staff.context().close()
})
