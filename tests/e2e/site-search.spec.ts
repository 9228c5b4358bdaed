// The site search (issue 18), JS on and off, on the seeded data: a visitor types words into the header's search
// box on any page, gets one page of results grouped by kind (members, solutions, guides and tools, events,
// pages), follows one, and can go on to a kind's own search for the rest. A search is a cached view.
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './helpers/axe'

test('a visitor searches the site from the header and follows a result of each kind it shows', async ({
  page,
}) => {
  await page.goto('/members')
  const box = page.getByRole('search', { name: 'Site' })
  await box.getByRole('searchbox', { name: 'Search the site' }).fill('heat')
  await box.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=heat$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “heat”')
  await expect(page.getByRole('status')).toHaveText(/^\d+ results\.$/)
  // The seeded solution, guide and study visit about heat, each in its group.
  const solutions = page.getByRole('region', { name: /^Solutions/ })
  await expect(solutions.getByRole('link', { name: 'Cooling centers and heat alerts' })).toBeVisible()
  const guides = page.getByRole('region', { name: /^Guides and tools/ })
  await expect(guides.getByRole('link', { name: 'A heat emergency plan and cooling centers' })).toBeVisible()
  const events = page.getByRole('region', { name: /^Events/ })
  await expect(
    events.getByRole('link', { name: 'Study visit: shade and heat action in Tucson' }),
  ).toBeVisible()
  await expectNoAxeViolations(page)

  // The search box on the results page keeps the words; searching again narrows them.
  const again = page.getByRole('search', { name: 'Search the site again' })
  await expect(again.getByRole('searchbox', { name: 'Words to search for' })).toHaveValue('heat')
  await again.getByRole('searchbox', { name: 'Words to search for' }).fill('heat emergency plan')
  await again.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=heat\+emergency\+plan$/)
  await page
    .getByRole('region', { name: /^Guides and tools/ })
    .getByRole('link', { name: 'A heat emergency plan and cooling centers' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A heat emergency plan and cooling centers',
  )
})

test('a member found by name; the rest of a kind is in its own search; nothing found says so', async ({
  page,
}) => {
  // A seeded member's name, read from the directory as a visitor would.
  await page.goto('/members')
  const first = page.getByRole('table').locator('tbody a[href^="/members/"]').first()
  const name = (await first.textContent())!.trim()
  await page.getByRole('searchbox', { name: 'Search the site' }).fill(name)
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter')
  await expect(page).toHaveURL(/\/search\?q=/)
  const members = page.getByRole('region', { name: /^Member municipalities/ })
  await members
    .getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name)

  await page.getByRole('searchbox', { name: 'Search the site' }).fill('flood')
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter')
  // Six seeded solutions or more face flooding: five shown, the rest in the gateway's own search.
  const solutions = page.getByRole('region', { name: /^Solutions/ })
  await expect(solutions.getByRole('heading', { level: 2 })).toHaveText(/^Solutions \(([6-9]|\d\d+)\)$/)
  await expect(solutions.getByRole('listitem')).toHaveCount(5)
  await solutions.getByRole('link', { name: 'All matching solutions in the Solutions Gateway' }).click()
  await expect(page).toHaveURL(/\/solutions\?q=flood$/)

  await page.getByRole('searchbox', { name: 'Search the site' }).fill('zzqxv nothingatall')
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter')
  await expect(page.getByRole('status')).toHaveText(
    'Nothing matches all these words. Try fewer words, or another spelling.',
  )
  await expectNoAxeViolations(page)
})

test('a search is served from the cache; its internal view is not addressable', async ({ request }) => {
  await request.get('/search?q=cooling')
  const again = await request.get('/search?q=cooling')
  expect([again.status(), again.headers()['x-nextjs-cache']]).toEqual([200, 'HIT'])
  const key = Buffer.from('q=cooling').toString('base64url')
  expect((await request.get(`/_views/search/${key}`)).status()).toBe(404)
})
