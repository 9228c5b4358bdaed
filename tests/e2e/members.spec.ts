// The member directory and profiles: filters, sort and paging as plain GET forms and links (so the js
// and no-js projects both exercise them), against figures read straight from the e2e database.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'
import { formatCount, withE2eDatabase } from './helpers/campaigns-db'

type Row = Record<string, string | number | null>

function query<T = Row>(sql: string, ...params: (string | number)[]): T[] {
  return withE2eDatabase((conn) => conn.prepare(sql).all(...params) as T[])
}

const memberCount = (where = '1 = 1', ...params: (string | number)[]) =>
  Number(
    query<{ n: number }>(
      `SELECT COUNT(*) AS n FROM Municipality WHERE isMember = 1 AND ${where}`,
      ...params,
    )[0]?.n,
  )

const results = (page: Page) => page.getByRole('region', { name: /member municipalit/ }).locator('tbody tr')
const countHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /member municipalit/ })

test('the directory lists every member, 25 a page, and passes axe', async ({ page }) => {
  const total = memberCount()
  await page.goto('/members')
  await expect(page.locator('h1')).toHaveText('Member directory')
  await expect(countHeading(page)).toHaveText(`${formatCount(total)} member municipalities`)
  await expect(results(page)).toHaveCount(Math.min(25, total))
  await expectNoAxeViolations(page)
})

test('filtering by state and overdue through the form puts the choice in the URL', async ({ page }) => {
  const [busiest] = query<{ state: string }>(
    `SELECT state FROM Municipality WHERE isMember = 1 AND complianceOverdue = 1 GROUP BY state ORDER BY COUNT(*) DESC, state LIMIT 1`,
  )
  const state = String(busiest?.state)
  const expected = memberCount('state = ? AND complianceOverdue = 1', state)
  await page.goto('/members')
  await page.getByLabel('State').selectOption(state)
  await page.getByLabel('Only with an overdue stage').check()
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(new RegExp(`state=${state}.*overdue=1`))
  await expect(countHeading(page)).toHaveText(new RegExp(`^${formatCount(expected)} member municipalit`))
  const states = await results(page).locator('td:nth-child(2)').allTextContents()
  expect(states.length).toBe(Math.min(25, expected))
  expect(new Set(states)).toEqual(new Set([state]))
  await expect(results(page).getByText('Overdue', { exact: true })).toHaveCount(states.length)
  await expectNoAxeViolations(page)
})

test('a name search ignores case and accents and lists prefix matches first', async ({ page }) => {
  const [sample] = query<{ searchName: string }>(
    `SELECT searchName FROM Municipality WHERE isMember = 1 AND length(searchName) >= 5 ORDER BY searchName LIMIT 1 OFFSET 7`,
  )
  const term = String(sample?.searchName).slice(0, 4)
  const expected = memberCount(`searchName LIKE ?`, `%${term}%`)
  await page.goto(`/members?q=${encodeURIComponent(term.toUpperCase())}`)
  await expect(countHeading(page)).toHaveText(new RegExp(`^${formatCount(expected)} member municipalit`))
  await expect(page).toHaveTitle(new RegExp(`matching “${term.toUpperCase()}”`))
  const names = await results(page).locator('th a').allTextContents()
  const plain = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
  const firstNonPrefix = names.findIndex((n) => !plain(n).startsWith(term))
  if (firstNonPrefix >= 0)
    expect(names.slice(firstNonPrefix).every((n) => !plain(n).startsWith(term))).toBe(true)
  expect(names.every((n) => plain(n).includes(term))).toBe(true)
})

test('sorting by population and paging keep every other parameter', async ({ page }) => {
  const campaign = 'rc4a'
  const where = `id IN (SELECT p.municipalityId FROM Pledge p JOIN Campaign c ON c.id = p.campaignId
    WHERE c.slug = ? AND p.status = 'APPROVED')`
  const total = memberCount(where, campaign)
  const top = query<{ name: string }>(
    `SELECT name FROM Municipality WHERE isMember = 1 AND ${where}
     ORDER BY population IS NULL, population DESC, searchName, state, slug LIMIT 26`,
    campaign,
  )
  await page.goto(`/members?campaign=${campaign}`)
  await page.getByLabel('Sort by').selectOption('population')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(results(page).first().locator('th')).toHaveText(String(top[0]?.name))
  await page
    .getByRole('navigation', { name: 'Directory pages' })
    .getByRole('link', { name: 'Next page' })
    .click()
  await expect(page).toHaveURL(/campaign=rc4a/)
  await expect(page).toHaveURL(/sort=population/)
  await expect(page).toHaveURL(/page=2/)
  await expect(results(page).first().locator('th')).toHaveText(String(top[25]?.name))
  await expect(results(page)).toHaveCount(Math.min(25, total - 25))
  await expect(page.getByText(`Showing 26 to ${formatCount(Math.min(50, total))}`)).toBeVisible()
})

test('an empty result says what to try and offers to clear the filters', async ({ page }) => {
  await page.goto('/members?q=qqzzxxq&state=WY')
  await expect(countHeading(page)).toHaveText('0 member municipalities')
  await expect(page.getByText('No member municipality matches your search.')).toBeVisible()
  await expect(page.getByText('Check the spelling of the name.')).toBeVisible()
  await page.getByRole('link', { name: 'clear all filters' }).click()
  await expect(page).toHaveURL(/\/members$/)
  await expectNoAxeViolations(page)
})

test('bad parameters fall back to defaults rather than failing', async ({ page }) => {
  const response = await page.goto('/members?page=-1&sort=nope&population=huge&stage=X&state=123')
  expect(response?.status()).toBe(200)
  await expect(countHeading(page)).toHaveText(`${formatCount(memberCount())} member municipalities`)
})

test('a filtered view keeps its public address, its query in the form, and is not indexed', async ({
  page,
}) => {
  const response = await page.goto('/members?q=san')
  expect(response?.status()).toBe(200)
  await expect(page).toHaveURL(/\/members\?q=san$/)
  await expect(countHeading(page)).toHaveText(/member municipalit/)
  await expect(page.getByLabel('Municipality name')).toHaveValue('san')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/members$/)
})

test('a profile shows facts, an emissions chart with a data table, and passes axe', async ({ page }) => {
  const [member] = query<{ slug: string; name: string; state: string; years: number }>(
    `SELECT m.slug, m.name, m.state, COUNT(DISTINCT r.accountingYear) AS years
     FROM Municipality m JOIN ProgressReport r ON r.municipalityId = m.id AND r.status = 'VERIFIED'
     JOIN InventoryEntry e ON e.reportId = r.id AND e.emissions IS NOT NULL
     WHERE m.isMember = 1 AND EXISTS (SELECT 1 FROM Target t WHERE t.municipalityId = m.id AND t.status = 'ACTIVE')
     GROUP BY m.id ORDER BY years DESC, m.slug LIMIT 1`,
  )
  test.skip(!member, 'the seed has no member with a verified inventory and a target')
  await page.goto(`/members/${member!.slug}`)
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.locator('h1')).toContainText(String(member!.name))
  await expect(page).toHaveTitle(new RegExp(`^${member!.name}, ${member!.state}`))
  await expect(page.getByRole('img', { name: /Verified emissions of .* by sector/ })).toBeVisible()
  const table = page.getByRole('table', { name: /by year and GPC sector/ })
  const years = await table.locator('tbody th').allTextContents()
  expect(years.length).toBeGreaterThanOrEqual(Number(member!.years))
  await expect(table.getByRole('columnheader', { name: 'Target path' })).toBeVisible()
  await expect(page.getByRole('link', { name: /as JSON/ })).toHaveAttribute(
    'href',
    `/api/v1/municipalities/${member!.slug}`,
  )
  await expectNoAxeViolations(page)
})

test('unknown places and places that are not members are not found', async ({ page }) => {
  const [place] = query<{ slug: string }>(`SELECT slug FROM Municipality WHERE isMember = 0 LIMIT 1`)
  expect((await page.goto(`/members/${place?.slug}`))?.status()).toBe(404)
  expect((await page.goto('/members/no-such-place-zz'))?.status()).toBe(404)
})
