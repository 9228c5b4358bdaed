// The public target calculator, with JavaScript on and off: a GET form whose address holds the figures. A visitor
// draws two kinds of target and reads the path in the table, corrects a wrong figure (status 400, the message at
// the field), compares a path with a seeded member's verified inventories found by name, and an official opens
// the calculator from the portal's target form with the target's figures.
import { expect, test, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { STATES } from '../../src/lib/domain/states'
import { budget, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { withE2eDb } from './helpers/e2e-db'
import { compactSignatories, signInAsOfficial } from './helpers/official'

const tonnes = (n: number) => new Intl.NumberFormat('en-US').format(Math.round(n))

/** The path table's cells in a year's row, after the year. */
async function rowOf(page: Page, year: number) {
  const table = page.getByRole('table', { name: /^Target path by year/ })
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(year), exact: true }) })
  await expect(row).toHaveCount(1)
  return row.getByRole('cell').allTextContents()
}

/** The calculator's chart image loads as an SVG (fetched, as scripts may be off). */
async function expectChart(page: Page, name: RegExp) {
  const chart = page.getByRole('img', { name })
  await expect(chart).toBeVisible()
  const response = await page.request.get((await chart.getAttribute('src'))!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('image/svg+xml')
  expect(await response.text()).toContain('stroke-dasharray')
}

async function chooseType(page: Page, label: RegExp) {
  await page.getByRole('radio', { name: label }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
}

async function showPath(page: Page) {
  const answer = page.waitForResponse(
    (r) => r.url().includes('/tools/target-calculator?') && r.request().resourceType() === 'document',
  )
  await page.getByRole('button', { name: 'Show the path' }).click()
  return answer
}

test('a visitor draws a base year target and a baseline scenario target and reads the paths', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Target calculator' }).click()
  await expect(page).toHaveURL(/\/tools\/target-calculator$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Target calculator' })).toBeVisible()
  await expectNoAxeViolations(page)

  await chooseType(page, /^Base year target/)
  await expect(page).toHaveURL(/type=BASE_YEAR_ABSOLUTE/)
  await page.getByLabel('Base year', { exact: true }).fill('2015')
  await page.getByLabel('Emissions in the base year (tCO2e)').fill('250,000')
  await page.getByLabel('Target year', { exact: true }).fill('2030')
  await page.getByLabel('Reduction (%)').fill('40')
  expect((await showPath(page)).status()).toBe(200)

  await expect(page.getByText(/From 250,000 tCO2e in 2015 to 150,000 tCO2e in 2030/)).toBeVisible()
  expect(await rowOf(page, 2015)).toEqual(['250,000', '0%'])
  expect(await rowOf(page, 2020)).toEqual(['216,667', '13%'])
  expect(await rowOf(page, 2030)).toEqual(['150,000', '40%'])
  await expectChart(page, /^Target path from 2015 to 2030/)
  // The address holds the figures: the form shows them again, and the same address is the same result.
  await expect(page.getByLabel('Emissions in the base year (tCO2e)')).toHaveValue('250,000')
  // A computed view is cached like the lists' views (decision 0010): asked again, it comes from the cache.
  const again = await page.request.get(page.url())
  expect(again.status()).toBe(200)
  expect(again.headers()['x-nextjs-cache']).toBe('HIT')
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Choose a different type of target' }).click()
  await chooseType(page, /^Baseline scenario target/)
  await page.getByLabel('Base year (optional)').fill('2020')
  await page.getByLabel('Emissions in the base year (tCO2e, optional)').fill('400000')
  await page.getByLabel('Business-as-usual emissions in the target year (tCO2e)').fill('500000')
  await page.getByLabel('Target year', { exact: true }).fill('2030')
  await page.getByLabel('Reduction (%)').fill('30')
  expect((await showPath(page)).status()).toBe(200)
  expect(await rowOf(page, 2020)).toEqual(['400,000', '0%'])
  expect(await rowOf(page, 2025)).toEqual(['375,000', '6%'])
  expect(await rowOf(page, 2030)).toEqual(['350,000', '13%'])
  await expectChart(page, /^Target path from 2020 to 2030/)
})

test('a wrong figure is answered 400 with the message next to its field and the figures kept', async ({
  page,
  javaScriptEnabled,
}) => {
  await page.goto('/tools/target-calculator')
  await chooseType(page, /^Fixed level target/)
  await page.getByLabel('Base year (optional)').fill('2015')
  await page.getByLabel('Emissions in the base year (tCO2e, optional)').fill('90000')
  await page.getByLabel('Target year', { exact: true }).fill('2010')
  expect((await showPath(page)).status()).toBe(400)

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeVisible()
  if (javaScriptEnabled) await expect(summary).toBeFocused()
  await expect(
    summary.getByRole('link', { name: 'The target year must be after the base year' }),
  ).toHaveAttribute('href', '#f-targetYear')
  await expect(page.locator('#f-targetYear-error')).toHaveText(
    'Error: The target year must be after the base year',
  )
  await expect(page.locator('#f-targetEmissions-error')).toHaveText('Error: Enter the target emissions')
  await expect(page.getByLabel('Target year', { exact: true })).toHaveValue('2010')
  await expect(page.getByLabel('Target year', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('table')).toHaveCount(0)
  await expectNoAxeViolations(page)

  await page.getByLabel('Target year', { exact: true }).fill('2030')
  await page.getByLabel('Emissions in the target year (tCO2e)').fill('30000')
  expect((await showPath(page)).status()).toBe(200)
  expect(await rowOf(page, 2030)).toEqual(['30,000', '67%'])
})

test('comparing with a member found by name shows its verified inventories beside the path', async ({
  page,
}) => {
  test.setTimeout(budget(60_000))
  // A member with at least two verified inventories; their totals over every sector are what the table shows.
  const verified = { status: 'VERIFIED' as const, inventory: { some: { emissions: { not: null } } } }
  const members = await withE2eDb((db) =>
    db.municipality.findMany({
      where: { isMember: true, reports: { some: verified } },
      orderBy: { slug: 'asc' },
      select: {
        slug: true,
        name: true,
        state: true,
        reports: {
          where: { status: 'VERIFIED' },
          orderBy: { accountingYear: 'asc' },
          select: { accountingYear: true, inventory: { select: { emissions: true } } },
        },
      },
    }),
  )
  const member = members.find(
    (m) => m.reports.filter((r) => r.inventory.some((e) => e.emissions !== null)).length >= 2,
  )
  // The demo seed always has such members: none is a broken seed, not a reason to skip.
  expect(member, 'the e2e database has a member with two verified inventories').toBeTruthy()
  const totals = member!.reports
    .filter((r) => r.inventory.some((e) => e.emissions !== null))
    .map((r) => ({ year: r.accountingYear, total: r.inventory.reduce((s, e) => s + (e.emissions ?? 0), 0) }))
  const first = totals[0]!
  const last = totals.at(-1)!
  const targetYear = Math.max(2030, last.year + 1)

  await page.goto('/tools/target-calculator')
  await chooseType(page, /^Base year target/)
  await page.getByLabel('Base year', { exact: true }).fill(String(first.year))
  await page.getByLabel('Emissions in the base year (tCO2e)').fill(String(Math.round(first.total)))
  await page.getByLabel('Target year', { exact: true }).fill(String(targetYear))
  await page.getByLabel('Reduction (%)').fill('50')
  await page.getByLabel('Member municipality’s name').fill(member!.name)
  expect((await showPath(page)).status()).toBe(200)

  const stateName = STATES[member!.state as keyof typeof STATES]
  await page.getByRole('link', { name: `Compare with ${member!.name}, ${stateName}`, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`member=${member!.slug}(&|$)`))
  await expect(page.getByText(`Comparing with ${member!.name}, ${stateName}.`)).toBeVisible()
  const table = page.getByRole('table', {
    name: new RegExp(`with the verified emissions of ${member!.name}$`),
  })
  await expect(table.getByRole('columnheader', { name: 'Verified emissions (tCO2e)' })).toBeVisible()
  for (const { year, total } of totals) expect((await rowOf(page, year))[2]).toBe(tonnes(total))
  await expect(
    page.getByText(`In ${last.year}, the verified emissions of ${member!.name}, ${stateName} were`),
  ).toBeVisible()
  await expectChart(page, new RegExp(`and the verified emissions of ${member!.name}`))
  await expectNoAxeViolations(page)
})

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

test('the portal’s target form opens the calculator with the target’s figures and the municipality', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(90_000))
  // An official whose municipality has an active target (the demo seed gives many of them one).
  const signatories = await compactSignatories()
  const withTargets = await withE2eDb((db) =>
    db.target.findMany({
      where: { status: 'ACTIVE', municipality: { slug: { in: signatories.map((s) => s.slug) } } },
      select: { targetYear: true, municipality: { select: { slug: true } } },
    }),
  )
  const official = signatories.filter((s) => withTargets.some((t) => t.municipality.slug === s.slug))[
    javaScriptEnabled ? 0 : 1
  ]
  expect(official, 'the e2e database has officials whose municipality has a target').toBeTruthy()
  const targetYears = withTargets
    .filter((t) => t.municipality.slug === official!.slug)
    .map((t) => String(t.targetYear))

  await signInAsOfficial(page, official!.email, smtp, { callbackPath: `/portal/${official!.slug}` })
  await page
    .getByRole('link', { name: /^Edit / })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /^Edit the / })).toBeVisible()
  const targetYear = await page.getByLabel('Target year', { exact: true }).inputValue()
  expect(targetYears).toContain(targetYear)
  await page.getByRole('link', { name: 'Try figures in the target calculator' }).click()

  await expect(page).toHaveURL(new RegExp(`/tools/target-calculator\\?type=.*member=${official!.slug}`))
  await expect(page.getByRole('heading', { level: 1, name: 'Target calculator' })).toBeVisible()
  await expect(
    page.getByText(`Comparing with ${official!.name}, ${STATES[official!.state as keyof typeof STATES]}.`),
  ).toBeVisible()
  await expect(page.getByLabel('Target year', { exact: true })).toHaveValue(targetYear)
  await expect(page.getByRole('heading', { name: 'The path of this target' })).toBeVisible()
})
