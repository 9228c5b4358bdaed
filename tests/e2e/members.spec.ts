// The member directory and profiles: filters, sort and paging as plain GET forms and links (so the js
// and no-js projects both exercise them), against figures read straight from the e2e database.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'
import { formatCount } from './helpers/campaigns-db'
import { withE2eDb, type E2eDb } from './helpers/e2e-db'

type MunicipalityWhere = NonNullable<Parameters<E2eDb['municipality']['count']>[0]>['where']

const memberCount = (where: MunicipalityWhere = {}) =>
  withE2eDb((db) => db.municipality.count({ where: { isMember: true, ...where } }))

const results = (page: Page) => page.getByRole('region', { name: /member municipalit/ }).locator('tbody tr')
const countHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /member municipalit/ })

test('the directory lists every member, 25 a page, and passes axe', async ({ page }) => {
  const total = await memberCount()
  await page.goto('/members')
  await expect(page.locator('h1')).toHaveText('Member directory')
  await expect(countHeading(page)).toHaveText(`${formatCount(total)} member municipalities`)
  await expect(results(page)).toHaveCount(Math.min(25, total))
  // The locations map: a dot for each member with a location, summed up in words with a link to the list.
  const located = await withE2eDb((db) =>
    db.municipality.findMany({
      where: { isMember: true, latitude: { not: null }, longitude: { not: null } },
      select: { state: true },
    }),
  )
  const summary = `${formatCount(located.length)} members in ${new Set(located.map((m) => m.state)).size} states`
  await expect(page.getByTestId('locations-summary')).toHaveText(`${summary}; see the list.`)
  const map = page.getByRole('img', {
    name: `Where the member municipalities are: ${summary}, a dot for each.`,
  })
  await expect(map).toHaveCount(1)
  const image = await page.request.get((await map.getAttribute('src'))!)
  expect(image.headers()['content-type']).toContain('image/svg+xml')
  expect((await image.text()).match(/h0/g)).toHaveLength(2 * located.length)
  await expectNoAxeViolations(page)
})

test('filtering by state and overdue through the form puts the choice in the URL', async ({ page }) => {
  const [busiest] = await withE2eDb((db) =>
    db.municipality.groupBy({
      by: ['state'],
      where: { isMember: true, complianceOverdue: true },
      _count: { _all: true },
      orderBy: [{ _count: { state: 'desc' } }, { state: 'asc' }],
      take: 1,
    }),
  )
  const state = String(busiest?.state)
  const expected = await memberCount({ state, complianceOverdue: true })
  await page.goto('/members')
  await page.getByLabel('State').selectOption(state)
  await page.getByLabel('Only with an overdue stage').check()
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(new RegExp(`state=${state}.*overdue=1`))
  await expect(countHeading(page)).toHaveText(new RegExp(`^${formatCount(expected)} member municipalit`))
  const states = await results(page).locator('td:nth-child(2)').allTextContents()
  expect(states.length).toBe(Math.min(25, expected))
  expect(new Set(states)).toEqual(new Set([state]))
  await expect(results(page).getByText('Overdue', { exact: true })).toHaveCount(states.length)
  await expectNoAxeViolations(page)
})

test('a name search ignores case and accents and lists prefix matches first', async ({ page }) => {
  const members = await withE2eDb((db) =>
    db.municipality.findMany({
      where: { isMember: true },
      select: { searchName: true },
      orderBy: { searchName: 'asc' },
    }),
  )
  const sample = members.filter((n) => n.searchName.length >= 5)[7]
  const term = String(sample?.searchName).slice(0, 4)
  // searchName is lower case, so a plain substring test is the case-insensitive match.
  const expected = await memberCount({ searchName: { contains: term } })
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
  const where = { pledges: { some: { campaign: { slug: campaign }, status: 'APPROVED' as const } } }
  const total = await memberCount(where)
  const top = await withE2eDb((db) =>
    db.municipality.findMany({
      where: { isMember: true, ...where },
      select: { name: true },
      orderBy: [
        { population: { sort: 'desc', nulls: 'last' } },
        { searchName: 'asc' },
        { state: 'asc' },
        { slug: 'asc' },
      ],
      take: 26,
    }),
  )
  await page.goto(`/members?campaign=${campaign}`)
  await page.getByLabel('Sort by').selectOption('population')
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
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
  await expect(countHeading(page)).toHaveText(`${formatCount(await memberCount())} member municipalities`)
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
  // The member with the most verified years of inventory that has an active target.
  const verified = { status: 'VERIFIED' as const, inventory: { some: { emissions: { not: null } } } }
  const candidates = await withE2eDb((db) =>
    db.municipality.findMany({
      where: { isMember: true, targets: { some: { status: 'ACTIVE' } }, reports: { some: verified } },
      select: { slug: true, name: true, state: true, reports: { where: verified, select: { id: true } } },
      orderBy: { slug: 'asc' },
    }),
  )
  const [member] = candidates
    .map((m) => ({ ...m, years: m.reports.length }))
    .sort((a, b) => b.years - a.years)
  // The demo seed always has such members: none is a broken seed, not a reason to skip.
  expect(member, 'the e2e database has a member with a verified inventory and a target').toBeTruthy()
  await page.goto(`/members/${member!.slug}`)
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.locator('h1')).toContainText(String(member!.name))
  await expect(page).toHaveTitle(new RegExp(`^${member!.name}, ${member!.state}`))
  await expect(page.getByRole('img', { name: /Verified emissions of .* by sector/ })).toBeVisible()
  // The header's locator map: the state with a dot at the place.
  const stateName = (await page.locator('h1').textContent())!.split(', ').at(-1)!.trim()
  const locator = page.getByRole('img', { name: `Location of ${member!.name} in ${stateName}`, exact: true })
  await expect(locator).toBeVisible()
  expect(await locator.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(
    0,
  )
  const table = page.getByRole('table', { name: /by year and GPC sector/ })
  const years = await table.locator('tbody th').allTextContents()
  expect(years.length).toBeGreaterThanOrEqual(Number(member!.years))
  await expect(table.getByRole('columnheader', { name: 'Target path' })).toBeVisible()
  await expect(page.getByRole('link', { name: /as JSON/ })).toHaveAttribute(
    'href',
    `/api/v1/municipalities/${member!.slug}`,
  )
  // Each pledge card is a description list whose labels stand apart from their values.
  const card = page.getByRole('region', { name: 'Campaigns and pledges' }).getByRole('listitem').first()
  const weight = (selector: string) =>
    card
      .locator(selector)
      .first()
      .evaluate((el) => Number(getComputedStyle(el).fontWeight))
  await expect(card.locator('dt', { hasText: 'Signed by' })).toBeVisible()
  expect(await weight('dt')).toBeGreaterThanOrEqual(600)
  expect(await weight('dd')).toBeLessThan(600)
  // Feed readers find the Atom feed from the profile.
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/feed\.xml$/,
  )
  // Plain share links, none of them a script: LinkedIn's carries the profile's address.
  const share = page.getByRole('region', { name: 'Share this page' })
  await expect(share.getByRole('link', { name: 'Share on LinkedIn' })).toHaveAttribute(
    'href',
    new RegExp(`^https://www\\.linkedin\\.com/sharing/share-offsite/\\?url=.+%2Fmembers%2F${member!.slug}$`),
  )
  await expect(share.locator('script')).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('column headers sort the directory by link, both ways, and say which column is sorted', async ({
  page,
}) => {
  const byPopulation = (sort: 'asc' | 'desc') =>
    withE2eDb((db) =>
      db.municipality.findFirst({
        where: { isMember: true },
        select: { name: true },
        orderBy: [
          { population: { sort, nulls: 'last' } },
          { searchName: 'asc' },
          { state: 'asc' },
          { slug: 'asc' },
        ],
      }),
    )
  const [largest, smallest] = [await byPopulation('desc'), await byPopulation('asc')]
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click()
  await expect(page).toHaveURL(/\/members$/)
  const header = (name: string) =>
    page
      .getByRole('region', { name: /member municipalit/ })
      .getByRole('columnheader', { name: new RegExp(`^${name}`) })
  await expect(header('Municipality')).toHaveAttribute('aria-sort', 'ascending')
  await expect(header('Population')).not.toHaveAttribute('aria-sort')

  await header('Population').getByRole('link').click()
  await expect(page).toHaveURL(/\/members\?sort=population$/)
  await expect(header('Population')).toHaveAttribute('aria-sort', 'descending')
  await expect(header('Municipality')).not.toHaveAttribute('aria-sort')
  await expect(results(page).first().locator('th')).toHaveText(String(largest?.name))

  await header('Population').getByRole('link').click()
  await expect(page).toHaveURL(/\/members\?sort=population&dir=asc$/)
  await expect(header('Population')).toHaveAttribute('aria-sort', 'ascending')
  await expect(results(page).first().locator('th')).toHaveText(String(smallest?.name))
  await expect(page.getByLabel('Order')).toHaveValue('asc')
  await expect(page).toHaveTitle(/sorted by population, ascending/)
  await expectNoAxeViolations(page)

  // The form chooses the direction too: names Z to A.
  await page.getByLabel('Sort by').selectOption('name')
  await page.getByLabel('Order').selectOption('desc')
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/members\?(.*&)?dir=desc/)
  await expect(header('Municipality')).toHaveAttribute('aria-sort', 'descending')
  const last = await withE2eDb((db) =>
    db.municipality.findFirst({
      where: { isMember: true },
      select: { name: true },
      orderBy: [{ searchName: 'desc' }, { state: 'desc' }, { slug: 'desc' }],
    }),
  )
  await expect(results(page).first().locator('th')).toHaveText(String(last?.name))
})

test('unknown places and places that are not members are not found', async ({ page }) => {
  const place = await withE2eDb((db) =>
    db.municipality.findFirst({ where: { isMember: false }, select: { slug: true } }),
  )
  expect((await page.goto(`/members/${place?.slug}`))?.status()).toBe(404)
  expect((await page.goto('/members/no-such-place-zz'))?.status()).toBe(404)
})
