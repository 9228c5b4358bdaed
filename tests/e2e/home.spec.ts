// The home page: campaign counts, verified reductions, newest signatories and the member map, all
// checked against the e2e database.
import { expect, test, type Locator } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'
import { approvedSignatoryCount, formatCount } from './helpers/campaigns-db'
import { withE2eDb } from './helpers/e2e-db'

type Newest = { name: string; slug: string }

function newestSignatory(): Promise<Newest | undefined> {
  return withE2eDb(async (db) => {
    const pledge = await db.pledge.findFirst({
      where: { status: 'APPROVED' },
      orderBy: [{ commitmentDate: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      select: { municipality: { select: { name: true, slug: true } } },
    })
    return pledge?.municipality
  })
}

// Sum over members of (earliest verified inventory total - latest) where positive. Two flat queries:
// loading the inventories through the reports would send more ids than SQLite takes in one query.
async function verifiedReductions(): Promise<number> {
  const verified = { status: 'VERIFIED' as const, municipality: { isMember: true } }
  const [reports, sums] = await withE2eDb((db) =>
    Promise.all([
      db.progressReport.findMany({
        where: verified,
        select: { id: true, municipalityId: true, accountingYear: true },
      }),
      db.inventoryEntry.groupBy({
        by: ['reportId'],
        where: { emissions: { not: null }, report: verified },
        _sum: { emissions: true },
      }),
    ]),
  )
  const totalOf = new Map(sums.map((s) => [s.reportId, s._sum.emissions ?? 0]))
  const totals = new Map<string, { year: number; total: number }[]>()
  for (const r of reports) {
    const total = totalOf.get(r.id)
    if (total === undefined) continue // no inventory with figures
    totals.set(r.municipalityId, [...(totals.get(r.municipalityId) ?? []), { year: r.accountingYear, total }])
  }
  let sum = 0
  for (const years of totals.values()) {
    if (years.length < 2) continue
    years.sort((a, b) => a.year - b.year)
    const reduction = years[0]!.total - years.at(-1)!.total
    if (reduction > 0) sum += reduction
  }
  return Math.round(sum)
}

async function membersByState(): Promise<{ states: number; members: number; busiest: [string, number] }> {
  const members = await withE2eDb((db) =>
    db.municipality.findMany({ where: { isMember: true }, select: { state: true } }),
  )
  const byState = new Map<string, number>()
  for (const m of members) byState.set(m.state, (byState.get(m.state) ?? 0) + 1)
  const busiest = [...byState].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!
  return { states: byState.size, members: members.length, busiest }
}

/**
 * A point inside a state's shape on the clickable map (relative to its link's box), clear of its neighbours:
 * the middle of a state's box can lie in the sea or in another state.
 */
function pointInside(link: Locator) {
  return link.evaluate((a) => {
    const path = a.querySelector('path')!
    const rect = path.getBoundingClientRect()
    const toUser = path.getScreenCTM()!.inverse()
    for (let ring = 0; ring < 20; ring++)
      for (let step = 0; step < 8 * Math.max(1, ring); step++) {
        const angle = (2 * Math.PI * step) / (8 * Math.max(1, ring))
        const x = rect.left + rect.width / 2 + (ring * rect.width * Math.cos(angle)) / 40
        const y = rect.top + rect.height / 2 + (ring * rect.height * Math.sin(angle)) / 40
        const p = new DOMPoint(x, y).matrixTransform(toUser)
        if (path.isPointInFill(p) && a.ownerDocument.elementFromPoint(x, y)?.closest('a') === a)
          return { x: x - rect.left, y: y - rect.top }
      }
    throw new Error('no point inside the state')
  })
}
test('the home page shows each campaign with its live signatory count', async ({ page }) => {
  await page.goto('/')
  for (const slug of ['rc4a', 'compact-of-mayors']) {
    await expect(page.getByTestId(`signatories-${slug}`)).toHaveText(
      new RegExp(`^${formatCount(await approvedSignatoryCount(slug))} signator`),
    )
    await expect(
      page.getByRole('link', { name: slug === 'rc4a' ? /Resilient/ : /Compact/ }).first(),
    ).toHaveAttribute('href', `/campaigns/${slug}`)
  }
  await expect(page.getByTestId('figure-reductions').locator('dd').first()).toHaveText(
    `${formatCount(await verifiedReductions())} tCO2e`,
  )
  await expectNoAxeViolations(page)
})

test('the newest signatory is listed first and links to its profile', async ({ page }) => {
  const newest = await newestSignatory()
  // The seeded demo data always has approved pledges: none is a broken seed, not a reason to skip.
  expect(newest, 'the e2e database has approved pledges').toBeTruthy()
  await page.goto('/')
  const firstRow = page.getByRole('region', { name: 'Newest signatories' }).locator('tbody tr').first()
  await expect(firstRow.getByRole('link').first()).toHaveAttribute('href', `/members/${newest!.slug}`)
  await expect(firstRow.getByRole('link').first()).toContainText(newest!.name)
})

test('the member map links each state to the directory filtered to it; a table by state adds up', async ({
  page,
}) => {
  const { states, members, busiest } = await membersByState()
  await page.goto('/')
  // The map is a document of links embedded in the page, one per state with members (decision 0026).
  const frame = 'iframe[title="Member municipalities by state: choose a state to see its members"]'
  // Lazily loaded: it loads as it comes into view.
  await page.locator(frame).scrollIntoViewIfNeeded()
  const map = page.frameLocator(frame)
  await expect(map.getByRole('link')).toHaveCount(states)
  // The table is in a <details>: opening it must work without JavaScript. Its states link as the map's do.
  await page.getByText('Show members by state as a table').click()
  const table = page.getByRole('table', { name: /members by state/ })
  await expect(table.locator('tbody tr')).toHaveCount(states)
  const counts = await table.locator('tbody td').allTextContents()
  expect(counts.reduce((sum, c) => sum + Number(c.replace(/,/g, '')), 0)).toBe(members)
  await expectNoAxeViolations(page)
  // A visitor clicks the state with the most members and lands on the directory filtered to it.
  const [state, count] = busiest
  const link = map.locator(`a[href="/members?state=${state}"]`)
  await expect(link).toHaveAttribute('aria-label', new RegExp(`^[A-Za-z ]+: ${formatCount(count)} members?$`))
  const stateName = (await link.getAttribute('aria-label'))!.split(':')[0]!
  await link.click({ position: await pointInside(link) })
  await expect(page).toHaveURL(new RegExp(`/members\\?state=${state}$`))
  await expect(page.getByRole('heading', { level: 2, name: /member municipalit/ })).toHaveText(
    `${formatCount(count)} member ${count === 1 ? 'municipality' : 'municipalities'}`,
  )
  await expect(page.getByLabel('State', { exact: true })).toHaveValue(state)
  await expect(page).toHaveTitle(new RegExp(`in ${stateName}`))
})

test('the home page advertises the Atom feed, which a reader can fetch', async ({ page, request }) => {
  await page.goto('/')
  const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
  await expect(feed).toHaveCount(1)
  await expect(feed).toHaveAttribute('title', /signatories/)
  const response = await request.get((await feed.getAttribute('href'))!)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/atom+xml')
})

test('the site icons are static files from public/, cached and with the security headers', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const icons = page.locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
  const hrefs = await icons.evaluateAll((links) => links.map((l) => l.getAttribute('href')))
  expect(hrefs).toEqual(expect.arrayContaining(['/icon.svg', '/favicon.ico', '/apple-touch-icon.png']))
  for (const [path, type] of [
    ['/icon.svg', 'image/svg+xml'],
    ['/favicon.ico', 'image/'],
    ['/apple-touch-icon.png', 'image/png'],
  ] as const) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toContain(type)
    expect(response.headers()['cache-control'], path).toMatch(/max-age=86400/)
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff')
  }
})
