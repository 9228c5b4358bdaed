// The public site's skeleton: home figures from the database, navigation, skip link, 404, accessibility.
// Runs in both projects, so all of it must work with JavaScript disabled too.
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'
import { withE2eDb } from './helpers/e2e-db'

type HomeFigures = { label: string; value: number }[]

// The figures the home page should show, counted straight from the e2e database.
function homeFiguresFromDatabase(): Promise<HomeFigures> {
  return withE2eDb(async (db) => {
    const members = await db.municipality.findMany({ where: { isMember: true }, select: { state: true } })
    const campaigns = await db.campaign.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { shortName: true, _count: { select: { pledges: { where: { status: 'APPROVED' } } } } },
    })
    return [
      { label: 'Member municipalities', value: members.length },
      { label: 'States represented', value: new Set(members.map((m) => m.state)).size },
      ...campaigns.map((c) => ({ label: `${c.shortName} signatories`, value: c._count.pledges })),
      {
        label: 'Verified progress reports',
        value: await db.progressReport.count({ where: { status: 'VERIFIED' } }),
      },
    ]
  })
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function expectOneH1(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1)
  await expect(page.locator('h1')).toBeVisible()
}

const sections = [
  { name: 'Campaigns', path: '/campaigns' },
  { name: 'Members', path: '/members' },
  { name: 'Solutions', path: '/solutions' },
  { name: 'Guides', path: '/resources' },
  { name: 'Commitments', path: '/commitments' },
  { name: 'Events', path: '/events' },
  { name: 'Sign a pledge', path: '/pledge' },
]

test('the home page shows the network figures held in the database', async ({ page }) => {
  const figures = await homeFiguresFromDatabase()
  await page.goto('/')
  await expectOneH1(page)
  for (const { label, value } of figures) {
    const term = page.locator('dt', { hasText: new RegExp(`^${escapeRegExp(label)}$`) })
    await expect(term, label).toHaveCount(1)
    await expect(term.locator('xpath=following-sibling::dd[1]'), label).toHaveText(
      value.toLocaleString('en-US'),
    )
  }
  await expectNoAxeViolations(page)
})

for (const section of sections) {
  test(`the header navigation reaches ${section.name}`, async ({ page }) => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: section.name, exact: true })
      .click()
    await expect(page).toHaveURL(new RegExp(`${section.path}$`))
    await expectOneH1(page)
    await expectNoAxeViolations(page)
  })
}

test('the skip link is the first stop by keyboard and moves focus to the main content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  await expect(page.locator('main#main')).toBeFocused()
})

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-page-e2e')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/')
  await expectNoAxeViolations(page)
})

test('the footer lists each of its links on a line of its own, and each one answers', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const items = page.getByRole('navigation', { name: 'Footer' }).getByRole('listitem')
  const count = await items.count()
  expect(count).toBeGreaterThanOrEqual(8)
  for (let i = 0; i < count; i++) {
    const links = items.nth(i).getByRole('link')
    await expect(links).toHaveCount(1)
    const href = await links.getAttribute('href')
    const response = await request.get(href!, { maxRedirects: 0 })
    expect(response.status(), href!).toBe(200)
  }
})
