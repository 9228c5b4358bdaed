// Campaign pages: counts from the database, the pledge text, the state filter and paging as plain
// GET requests (so both the js and no-js projects exercise them), 404s, accessibility.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'
import {
  approvedSignatoryCount,
  formatCount,
  latestPledgeTextVersion,
  signatoriesByState,
} from './helpers/campaigns-db'

const campaigns = ['rc4a', 'compact-of-mayors'] as const

const signatoryRows = (page: Page) =>
  page.getByRole('region', { name: 'Signatories', exact: true }).locator('tbody tr')

test('the campaigns list shows each campaign with its signatory count', async ({ page }) => {
  await page.goto('/campaigns')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns')
  for (const slug of campaigns) {
    await expect(page.getByTestId(`signatories-${slug}`)).toHaveText(
      new RegExp(`^${formatCount(await approvedSignatoryCount(slug))} signator`),
    )
  }
  await expectNoAxeViolations(page)
})

for (const slug of campaigns) {
  test(`the ${slug} page shows its count, current pledge text and a way to sign`, async ({ page }) => {
    const total = await approvedSignatoryCount(slug)
    await page.goto(`/campaigns/${slug}`)
    await expect(page.locator('h1')).toHaveCount(1)
    await expect(page.getByTestId('campaign-signatory-total')).toHaveText(
      new RegExp(`^${formatCount(total)} signator`),
    )
    await expect(page.getByTestId('signatory-count')).toContainText(`${formatCount(total)} signator`)
    const version = await latestPledgeTextVersion(slug)
    expect(version, 'the campaign has a published pledge text').not.toBeNull()
    await expect(page.getByTestId('pledge-version')).toContainText(`Version ${version}`)
    // The campaign's name is the page's one heading, not said again as a second heading.
    const name = (await page.locator('h1').textContent())!.trim()
    await expect(page.getByRole('heading', { name, exact: true })).toHaveCount(1)
    // Feed readers find the Atom feed from the page.
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      /\/feed\.xml$/,
    )
    await expect(page.getByRole('link', { name: /^Sign this pledge/ })).toHaveAttribute(
      'href',
      `/pledge?campaign=${slug}`,
    )
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`/campaigns/${slug}$`),
    )
    // The map is a document of links, one per state, with a table whose figures add up to the total; the
    // locations map has a text alternative and links to the same signatories in the directory.
    await expect(
      page.locator('iframe[title$="signatories by state: choose a state to see its signatories"]'),
    ).toHaveCount(1)
    await expect(
      page.getByRole('img', { name: /^Where the .+ signatories are: [\d,]+ signator/ }),
    ).toHaveCount(1)
    await expect(page.getByTestId('locations-summary').getByRole('link')).toHaveAttribute(
      'href',
      `/members?campaign=${slug}`,
    )
    const table = page.getByRole('table', { name: /signatories by state: signatories by state/ })
    const cells = await table.locator('tbody td').allTextContents()
    expect(cells.reduce((sum, c) => sum + Number(c.replace(/,/g, '')), 0)).toBe(total)
    // The seeded hero is one of the project's illustrations, described; the page is shared by plain links.
    await expect(page.getByTestId('hero-image')).toHaveAttribute('alt', /^Illustration: /)
    const share = page.getByRole('region', { name: 'Share this page' })
    await expect(share.getByRole('link', { name: 'Share by email' })).toHaveAttribute(
      'href',
      new RegExp(`^mailto:\\?subject=.+&body=.+%2Fcampaigns%2F${slug}$`),
    )
    await expect(share.getByRole('link', { name: 'Share on Bluesky' })).toHaveAttribute(
      'href',
      new RegExp(`^https://bsky\\.app/intent/compose\\?text=.+%2Fcampaigns%2F${slug}$`),
    )
    await expect(share).toContainText(new RegExp(`Link to this page: http\\S+/campaigns/${slug}`))
    await expectNoAxeViolations(page)
  })
}

test('the Compact of Mayors page sets out the compliance path; RC4A has none', async ({ page }) => {
  await page.goto('/campaigns/compact-of-mayors')
  const path = page.getByRole('table', { name: /compliance path/i })
  await expect(path.locator('tbody tr')).toHaveCount(6)
  await expect(path.getByRole('rowheader', { name: 'Action plans' })).toBeVisible()
  await page.goto('/campaigns/rc4a')
  await expect(page.getByRole('heading', { name: 'The compliance path' })).toHaveCount(0)
})

test('the state filter narrows the signatories to one state', async ({ page }) => {
  const [busiest] = await signatoriesByState('compact-of-mayors')
  expect(busiest, 'the e2e database has Compact of Mayors signatories').toBeTruthy()
  const { state, n } = busiest!
  await page.goto('/campaigns/compact-of-mayors')
  const stateLabel = await page.locator(`#state option[value="${state}"]`).textContent()
  await page.getByLabel('State', { exact: true }).selectOption(state)
  await page.getByRole('button', { name: 'Show signatories' }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]state=${state}(&|$)`))
  await expect(page.getByTestId('signatory-count')).toContainText(`${formatCount(n)} signator`)
  await expect(page.getByTestId('signatory-count')).toContainText(`in ${stateLabel}`)
  const states = await signatoryRows(page).locator('> :nth-child(2)').allTextContents()
  expect(states.length).toBe(Math.min(n, 25))
  expect(new Set(states)).toEqual(new Set([stateLabel]))
  await expect(page.getByLabel('State', { exact: true })).toHaveValue(state)
  await expectNoAxeViolations(page)
})

test('signatories page by 25 through plain links', async ({ page }) => {
  const total = await approvedSignatoryCount('rc4a')
  expect(total, 'the e2e database has more than one page of RC4A signatories').toBeGreaterThan(25)
  await page.goto('/campaigns/rc4a')
  const pages = page.getByRole('navigation', { name: 'Signatory pages' })
  const rows = signatoryRows(page)
  await expect(rows).toHaveCount(25)
  const firstOnPageOne = await rows.first().locator('th').textContent()
  await pages.getByRole('link', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/[?&]page=2(&|$)/)
  await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 2')
  await expect(rows).toHaveCount(Math.min(25, total - 25))
  await expect(rows.first().locator('th')).not.toHaveText(firstOnPageOne ?? '')
  await expect(page.getByTestId('signatory-count')).toContainText('showing 26 to')
  await pages.getByRole('link', { name: 'Previous page' }).click()
  await expect(page).toHaveURL(/\/campaigns\/rc4a$/)
})

test('an unknown campaign answers 404', async ({ page }) => {
  const response = await page.goto('/campaigns/no-such-campaign')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})

test('the commitments page shows its content', async ({ page }) => {
  await page.goto('/commitments')
  await expect(page.locator('h1')).toHaveCount(1)
  // The commitments page is seeded content: its absence is a failure, not a reason to skip.
  await expect(page.locator('.prose-content')).toHaveCount(1)
  await expect(page.locator('.prose-content')).not.toBeEmpty()
  await expectNoAxeViolations(page)
})

test('every promise on the commitments page links to a working feature', async ({ page, request }) => {
  await page.goto('/commitments')
  const content = page.locator('.prose-content')
  for (const name of [
    'target calculator',
    'experts and partners',
    'network progress report',
    'guides and tools library',
  ])
    await expect(content.getByRole('link', { name })).toBeVisible()
  const hrefs = await content
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  for (const href of hrefs.filter((h) => h.startsWith('/')))
    expect((await request.get(href)).status(), href).toBe(200)
})
