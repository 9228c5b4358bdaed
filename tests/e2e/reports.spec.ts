// The annual progress report, JS on and off, with a real SMTP server: an official of a Compact member
// signs in by emailed link, drafts a report (a refused value keeps what was typed), submits it; a
// moderator returns it with feedback (emailed); the official fixes it and submits again; the moderator
// verifies it (emailed), and the public profile shows the new figures and the met compliance stage.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { expectNoAxeViolations } from './helpers/axe'
import { budget, e2eBaseUrl, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { compactSignatories, signInAsOfficial } from './helpers/official'
import { createStaff, signInTo } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

const YEAR = new Date().getUTCFullYear() - 1

/**
 * The signatory of an approved Compact of Mayors pledge whose municipality has no report yet, chosen
 * from the seeded data (not inserted here: rows added behind the server's back would make other specs'
 * cached counts disagree with the database). `pick` keeps the tests and JS on/off runs apart.
 */
async function compactMember(pick: number) {
  const offset = pick * 2 + (test.info().project.name === 'no-js' ? 1 : 0)
  const row = (await compactSignatories({ withoutReports: true, newestFirst: true }))[offset]
  if (!row) throw new Error('The e2e database has no Compact signatory without reports: was it seeded?')
  return { email: row.email, slug: row.slug, town: row.name, state: row.state }
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: e2eBaseUrl,
    javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
  })
  return context.newPage()
}

const signIn = (page: Page, email: string, callbackPath: string) =>
  signInAsOfficial(page, email, smtp, { callbackPath })

// Next.js's route announcer is an alert too; the error summary is the one with its heading.
const errorSummary = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) })

const cell = (page: Page, sector: string, scope: number) => page.locator(`#f-inv-${sector}-${scope}`)

async function fillBasicInventory(page: Page) {
  await page.getByLabel(/^BASIC: stationary energy/).check()
  await cell(page, 'STATIONARY_ENERGY', 1).fill('120000')
  await cell(page, 'STATIONARY_ENERGY', 2).fill('80000')
  await cell(page, 'TRANSPORTATION', 1).fill('95000')
  await cell(page, 'TRANSPORTATION', 2).fill('NO')
  await cell(page, 'WASTE', 1).fill('12000')
}

test('an official drafts and submits a report; staff return it, then verify it; the profile shows it', async ({
  page,
  browser,
}) => {
  test.setTimeout(budget(120_000))
  const { town, slug, email, state } = await compactMember(0)
  const reports = `/portal/${slug}/reports`

  // The official starts the report of last year.
  await signIn(page, email, reports)
  await expect(page.getByRole('heading', { level: 1, name: `Progress reports of ${town}` })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Accounting year').fill(String(YEAR))
  await page.getByRole('button', { name: 'Start the report' }).click()
  await expect(page).toHaveURL(new RegExp(`${reports}/${YEAR}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${town}: progress report ${YEAR}`)
  await expectNoAxeViolations(page)

  // A value that is neither a figure nor a key is refused by the field; what was typed stays.
  await fillBasicInventory(page)
  await cell(page, 'WASTE', 3).fill('12 NO')
  await page.locator('#f-hazard-0-hazard').selectOption('EXTREME_HEAT')
  await page.getByRole('button', { name: 'Save draft' }).click()
  const summary = errorSummary(page)
  await expect(summary).toContainText('Waste, scope 3: Enter either a figure or a notation key, not both')
  await expect(cell(page, 'WASTE', 3)).toHaveValue('12 NO')
  await expect(cell(page, 'STATIONARY_ENERGY', 1)).toHaveValue('120000')
  await expect(page.locator('#f-hazard-0-hazard')).toHaveValue('EXTREME_HEAT')
  await expect(summary).toContainText('Select the risk level of hazard 1')
  await expectNoAxeViolations(page)

  // Fixed and saved as a draft; submitting without vulnerable groups lists what is missing.
  await cell(page, 'WASTE', 3).fill('IE')
  await page.locator('#f-hazard-0-riskLevel').selectOption('HIGH')
  await page.locator('#f-hazard-0-expectedImpact').fill('Heat illness in summer')
  await page.getByRole('button', { name: 'Submit for verification' }).click()
  await expect(errorSummary(page)).toContainText('Name the groups most vulnerable to hazard 1')
  await expect(page.getByRole('status').filter({ hasText: 'Your draft was saved' })).toBeVisible()
  await page.locator('#f-hazard-0-vulnerableGroups').fill('Older adults, outdoor workers')
  await page.getByRole('button', { name: 'Submit for verification' }).click()
  await expect(page).toHaveURL(/\?submitted=1&/)
  await expect(page.getByRole('status').filter({ hasText: 'Your report has been submitted' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0)

  // Before verification the public profile shows the inventory stage as still due.
  const visitor = await newPage(browser)
  await visitor.goto(`/members/${slug}`)
  await expect(visitor.getByRole('row', { name: /GHG inventory/ })).not.toContainText('Done')
  // The target calculator compared with this member: a cached view, which verifying the report expires.
  const calculator =
    `/tools/target-calculator?type=FIXED_LEVEL&baseYear=${YEAR - 5}&baseYearEmissions=400000` +
    `&targetEmissions=100000&targetYear=2040&member=${slug}`
  await visitor.goto(calculator)
  await expect(visitor.getByText(/has no verified greenhouse gas inventory yet/)).toBeVisible()

  // A moderator returns it with feedback; the official is emailed.
  const staff = await newPage(browser)
  await signInTo(staff, '/admin/reports', await createStaff('MODERATOR'))
  await expectNoAxeViolations(staff)
  await staff.getByRole('link', { name: `${town}, ${state}: ${YEAR}` }).click()
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(
    `${town}, ${state}: progress report ${YEAR}`,
  )
  await expectNoAxeViolations(staff)
  await staff.getByRole('button', { name: 'Return the report with this feedback' }).click()
  await expect(errorSummary(staff)).toContainText('Write what the official needs to change')
  const feedback = 'Transportation scope 2 cannot be NO: the city runs electric buses.'
  await staff.getByLabel('Feedback for the officials').fill(feedback)
  await staff.getByRole('button', { name: 'Return the report with this feedback' }).click()
  await expect(staff).toHaveURL(/\/admin\/reports\?returned=1$/)
  const returned = await smtp.waitFor((m) => m.to.includes(email) && /needs changes/.test(m.subject))
  expect(returned.text).toContain(feedback)

  // The official sees the feedback, fixes the figure and submits again.
  await page.goto(`${reports}/${YEAR}`)
  await expect(page.getByRole('region', { name: /what to change/ })).toContainText(feedback)
  await expect(cell(page, 'TRANSPORTATION', 2)).toHaveValue('NO')
  await cell(page, 'TRANSPORTATION', 2).fill('4100')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Submit for verification' }).click()
  await expect(page).toHaveURL(/\?submitted=1&/)

  // The moderator verifies it; the official is emailed; the report is final.
  await staff.goto('/admin/reports')
  await staff.getByRole('link', { name: `${town}, ${state}: ${YEAR}` }).click()
  await staff.getByRole('button', { name: 'Verify this report' }).click()
  await expect(staff).toHaveURL(/\/admin\/reports\?verified=1$/)
  await smtp.waitFor((m) => m.to.includes(email) && /is verified/.test(m.subject))
  await page.goto(`${reports}/${YEAR}`)
  await expect(page.getByText('A verified report can no longer be changed')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Submit for verification' })).toHaveCount(0)

  // The public profile shows the verified figures (total 311,100 tCO2e) and the met stage.
  await visitor.goto(`/members/${slug}`)
  await expect(visitor.getByRole('row', { name: new RegExp(`^${YEAR}\\b`) }).first()).toContainText('311,100')
  await expect(visitor.getByRole('row', { name: /GHG inventory/ })).toContainText('Done')
  await expect(visitor.getByRole('link', { name: `CRF export of ${town} (JSON)` })).toBeVisible()
  await visitor.goto(calculator)
  const calculatorRow = visitor.getByRole('table', { name: /^Target path by year/ }).getByRole('row', {
    name: new RegExp(`^${YEAR}\\b`),
  })
  await expect(calculatorRow).toContainText('311,100')
  const crf = await visitor.request.get(`/api/v1/municipalities/${slug}/crf`)
  expect((await crf.json()).emission_inventories[0]).toMatchObject({
    accounting_year: YEAR,
    total_tco2e: 311100,
  })
  await Promise.all([visitor.context().close(), staff.context().close()])
})

test('an inventory CSV with a bad row is refused by line and changes nothing; a good one fills the grid', async ({
  page,
}) => {
  const { slug, email } = await compactMember(1)
  await signIn(page, email, `/portal/${slug}/reports`)
  await page.getByLabel('Accounting year').fill(String(YEAR))
  await page.getByRole('button', { name: 'Start the report' }).click()
  await expect(page).toHaveURL(new RegExp(`/reports/${YEAR}$`))
  const template = await page.request.get(`/portal/${slug}/reports/inventory-template.csv`)
  const lines = (await template.text()).trim().split('\r\n')
  expect(lines[0]).toBe('sector,sector_name,scope,emissions_tco2e,notation_key')
  expect(lines).toHaveLength(11)

  const upload = (body: string) =>
    page.getByLabel('Inventory CSV file').setInputFiles({
      name: 'inventory.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(body),
    })
  await upload(`${lines[0]}\nSTATIONARY_ENERGY,,1,5000,\nWASTE,,2,10,\n`)
  await page.getByRole('button', { name: 'Upload the inventory' }).click()
  await expect(page.getByRole('table', { name: 'Problems in the file' })).toContainText(
    'Waste has no scope 2 in the GPC',
  )
  await expect(cell(page, 'STATIONARY_ENERGY', 1)).toHaveValue('')
  await expectNoAxeViolations(page)

  await upload(`${lines[0]}\nSTATIONARY_ENERGY,,1,5000,\nIPPU,,1,,NE\n`)
  await page.getByRole('button', { name: 'Upload the inventory' }).click()
  await expect(page).toHaveURL(/\?imported=1&/)
  await expect(cell(page, 'STATIONARY_ENERGY', 1)).toHaveValue('5000')
  await expect(cell(page, 'IPPU', 1)).toHaveValue('NE')
})
