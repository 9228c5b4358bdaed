// The home page: campaign counts, verified reductions, newest signatories and the member map, all
// checked against the e2e database.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'
import { approvedSignatoryCount, formatCount, withE2eDatabase } from './helpers/campaigns-db'

type Newest = { name: string; slug: string }

function newestSignatory(): Newest | undefined {
  return withE2eDatabase(
    (conn) =>
      conn
        .prepare(
          `SELECT m.name AS name, m.slug AS slug FROM Pledge p JOIN Municipality m ON m.id = p.municipalityId
           WHERE p.status = 'APPROVED' ORDER BY p.commitmentDate DESC, p.id DESC LIMIT 1`,
        )
        .get() as Newest | undefined,
  )
}

// Sum over members of (earliest verified inventory total - latest) where positive, in one SQL pass.
function verifiedReductions(): number {
  return withE2eDatabase((conn) => {
    const row = conn
      .prepare(
        `WITH totals AS (
           SELECT r.municipalityId AS mid, r.accountingYear AS year, SUM(e.emissions) AS total
           FROM ProgressReport r JOIN Municipality m ON m.id = r.municipalityId
           JOIN InventoryEntry e ON e.reportId = r.id AND e.emissions IS NOT NULL
           WHERE r.status = 'VERIFIED' AND m.isMember = 1 GROUP BY r.id),
         ends AS (
           SELECT mid,
             (SELECT total FROM totals t2 WHERE t2.mid = t.mid ORDER BY year ASC LIMIT 1) AS earliest,
             (SELECT total FROM totals t2 WHERE t2.mid = t.mid ORDER BY year DESC LIMIT 1) AS latest
           FROM totals t GROUP BY mid HAVING COUNT(*) >= 2)
         SELECT COALESCE(SUM(earliest - latest), 0) AS n FROM ends WHERE earliest > latest`,
      )
      .get() as { n: number }
    return Math.round(Number(row.n))
  })
}

function membersByState(): { states: number; members: number } {
  return withE2eDatabase(
    (conn) =>
      conn
        .prepare(
          'SELECT COUNT(DISTINCT state) AS states, COUNT(*) AS members FROM Municipality WHERE isMember = 1',
        )
        .get() as { states: number; members: number },
  )
}

test('the home page shows each campaign with its live signatory count', async ({ page }) => {
  await page.goto('/')
  for (const slug of ['rc4a', 'compact-of-mayors']) {
    await expect(page.getByTestId(`signatories-${slug}`)).toHaveText(
      new RegExp(`^${formatCount(approvedSignatoryCount(slug))} signator`),
    )
    await expect(
      page.getByRole('link', { name: slug === 'rc4a' ? /Resilient/ : /Compact/ }).first(),
    ).toHaveAttribute('href', `/campaigns/${slug}`)
  }
  await expect(page.getByTestId('figure-reductions').locator('dd').first()).toHaveText(
    `${formatCount(verifiedReductions())} tCO2e`,
  )
  await expectNoAxeViolations(page)
})

test('the newest signatory is listed first and links to its profile', async ({ page }) => {
  const newest = newestSignatory()
  test.skip(!newest, 'no approved pledges in the e2e database')
  await page.goto('/')
  const firstRow = page.getByRole('region', { name: 'Newest signatories' }).locator('tbody tr').first()
  await expect(firstRow.getByRole('link').first()).toHaveAttribute('href', `/members/${newest!.slug}`)
  await expect(firstRow.getByRole('link').first()).toContainText(newest!.name)
})

test('the member map has a text alternative and a table by state that adds up', async ({ page }) => {
  const { states, members } = membersByState()
  await page.goto('/')
  const map = page.getByRole('img', { name: /Member municipalities by state/ })
  await expect(map).toHaveCount(1)
  // The map is an SVG image; it draws every state and DC.
  const image = await page.request.get((await map.getAttribute('src'))!)
  expect(image.headers()['content-type']).toContain('image/svg+xml')
  expect((await image.text()).match(/<path /g)).toHaveLength(51)
  // The table is in a <details>: opening it must work without JavaScript.
  await page.getByText('Show members by state as a table').click()
  const table = page.getByRole('table', { name: /members by state/ })
  await expect(table.locator('tbody tr')).toHaveCount(states)
  const counts = await table.locator('tbody td').allTextContents()
  expect(counts.reduce((sum, c) => sum + Number(c.replace(/,/g, '')), 0)).toBe(members)
  await expectNoAxeViolations(page)
})
