// The Solutions Gateway: search words, filters in the URL, empty results, a solution page. Runs with and
// without JavaScript (both Playwright projects), since the search is a plain GET form.
import { randomBytes } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { buildSolution } from '../../prisma/seed/demo/solutions'
import { expectNoAxeViolations } from './helpers/axe'
import { budget } from './helpers/e2e-env.mjs'
import { withE2eDb } from './helpers/e2e-db'
import { createStaff, signInTo } from './helpers/staff'

type PublishedSolution = { slug: string; title: string; hazard: string | null }

async function publishedSolutions(): Promise<PublishedSolution[]> {
  const solutions = await withE2eDb((db) =>
    db.solution.findMany({
      where: { status: 'PUBLISHED' },
      orderBy: { title: 'asc' },
      select: { slug: true, title: true, hazards: { orderBy: { hazard: 'asc' }, take: 1 } },
    }),
  )
  return solutions.map((s) => ({ slug: s.slug, title: s.title, hazard: s.hazards[0]?.hazard ?? null }))
}

const countText = (n: number) => (n === 1 ? '1 solution' : `${n.toLocaleString('en-US')} solutions`)

test('the gateway lists every published solution and is accessible', async ({ page }) => {
  const solutions = await publishedSolutions()
  await page.goto('/solutions')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Solutions Gateway')
  await expect(page.getByRole('status')).toContainText(countText(solutions.length))
  if (solutions[0])
    await expect(page.getByRole('link', { name: solutions[0].title, exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('searching by words and a hazard filter keeps the state in the URL', async ({ page }) => {
  const target = (await publishedSolutions()).find((s) => s.hazard !== null)
  expect(target, 'the e2e database has a published solution with a hazard').toBeTruthy()
  const firstWord = target!.title.split(/\s+/).find((w) => /^[\p{L}\p{N}]{3,}$/u.test(w)) ?? target!.title
  await page.goto('/solutions')
  await page.getByLabel('Search words').fill(firstWord)
  await page.getByLabel('Hazard').selectOption(target!.hazard!)
  await page.getByRole('button', { name: 'Search solutions' }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]hazard=${target!.hazard}(&|$)`))
  await expect(page).toHaveURL(/[?&]q=/)
  await expect(page.getByLabel('Search words')).toHaveValue(firstWord)
  await expect(page.getByLabel('Hazard')).toHaveValue(target!.hazard!)
  await expect(page.getByRole('link', { name: target!.title, exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('searching "flooding" shows every seeded solution that addresses flooding', async ({ page }) => {
  // The words on the cards are searchable: a hazard label ("River flooding") matches as well as the text.
  const flooding = await withE2eDb((db) =>
    db.solution.findMany({
      where: {
        status: 'PUBLISHED',
        isDemo: true,
        hazards: { some: { hazard: { in: ['FLOODING_RIVERINE', 'FLOODING_FLASH', 'COASTAL_FLOODING'] } } },
      },
      select: { title: true },
    }),
  )
  expect(flooding.length, 'the seeded gateway has solutions tagged with flooding').toBeGreaterThanOrEqual(5)
  await page.goto('/solutions')
  await page.getByLabel('Search words').fill('flooding')
  await page.getByRole('button', { name: 'Search solutions' }).click()
  await expect(page).toHaveURL(/[?&]q=flooding(&|$)/)
  const results = page.getByRole('region', { name: 'Results' })
  for (const { title } of flooding)
    await expect(results.getByRole('link', { name: title, exact: true })).toBeVisible()
  const shown = Number((await page.getByRole('status').textContent())?.match(/\d+/)?.[0])
  expect(shown).toBeGreaterThanOrEqual(flooding.length)
  // "flood" is the same word to the search.
  await page.getByLabel('Search words').fill('flood')
  await page.getByRole('button', { name: 'Search solutions' }).click()
  await expect(page.getByRole('status')).toContainText(`${shown} solutions match your search`)
})

test('a search with no match says so and offers a way back', async ({ page }) => {
  await page.goto('/solutions?q=zzqxnotaword')
  await expect(page.getByRole('status')).toContainText('0 solutions match your search')
  await expect(page.getByText('No solutions match your search.')).toBeVisible()
  await page.getByRole('link', { name: 'see all solutions' }).click()
  await expect(page).toHaveURL(/\/solutions$/)
  await expectNoAxeViolations(page)
})

test('search views are cached, noindex, and show a solution an editor publishes on the next request', async ({
  page,
}) => {
  test.setTimeout(budget(60_000))
  // A word no other solution holds (letters only, so both databases' full-text search see one word).
  const word = `zq${[...randomBytes(8)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`
  const draft = await withE2eDb((db) =>
    db.solution.create({
      data: {
        ...buildSolution({
          slug: `shade-trees-${word}`,
          title: `Shade trees ${word}`,
          summary: 'Street trees cool the pavement.',
          body: 'Plant trees where people wait for the bus.',
          cost: 'LOW',
          coBenefits: 'Cleaner air.',
          hazards: ['EXTREME_HEAT'],
          sectors: ['BUILDINGS'],
          published: false,
        }),
        id: `e2e${randomBytes(10).toString('hex')}`,
        hazards: { create: [{ hazard: 'EXTREME_HEAT' }] },
        sectors: { create: [{ sector: 'BUILDINGS' }] },
      },
    }),
  )
  // Two views served from the cache (decision 0010): the words alone, and the words with filters.
  const views = [`/solutions?q=${word}`, `/solutions?hazard=EXTREME_HEAT&q=${word}&cost=LOW&page=1`]
  for (const view of views) {
    await page.goto(view)
    await expect(page.getByRole('status')).toContainText('0 solutions match your search')
    await expect(page.getByLabel('Search words')).toHaveValue(word)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/solutions$/)
  }

  await signInTo(page, `/admin/solutions/${draft.id}`, await createStaff('EDITOR'))
  await page.getByRole('button', { name: 'Publish this solution' }).click()
  await expect(page.getByTestId('solution-status')).toContainText('Published')

  for (const view of views) {
    await page.goto(view)
    await expect(page.getByRole('status')).toContainText('1 solution matches your search')
    await expect(page.getByRole('link', { name: `Shade trees ${word}`, exact: true })).toBeVisible()
  }
})

test('a solution page shows its facts and links back to the gateway', async ({ page }) => {
  const solution = (await publishedSolutions())[0]
  expect(solution, 'the e2e database has a published solution').toBeTruthy()
  await page.goto('/solutions')
  await page.getByRole('link', { name: solution!.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/solutions/${solution!.slug}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(solution!.title)
  await expect(page.getByText('Hazards addressed')).toBeVisible()
  await expect(page.getByText('Co-benefits')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Municipalities that implemented it' })).toBeVisible()
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/solutions/${solution!.slug}$`),
  )
  await expectNoAxeViolations(page)
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Solutions' }).click()
  await expect(page).toHaveURL(/\/solutions$/)
})

test('drafts and unknown solutions answer 404', async ({ page }) => {
  const draft = await withE2eDb((db) =>
    db.solution.findFirst({ where: { status: 'DRAFT' }, select: { slug: true } }),
  )
  for (const slug of ['no-such-solution-e2e', ...(draft ? [draft.slug] : [])]) {
    const response = await page.goto(`/solutions/${slug}`)
    expect(response?.status(), slug).toBe(404)
  }
})
