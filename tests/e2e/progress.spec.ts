// The network progress report, JS on and off: reached from the navigation, its figures checked against the e2e
// database (computed here with plain queries, not with the report's code), a table beside each chart, axe, the
// print stylesheet; and a moderator's approval through the staff UI shows on the cached report at once.
import { randomBytes } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { expectNoAxeViolations } from './helpers/axe'
import { approvedSignatoryCount, formatCount } from './helpers/campaigns-db'
import { budget, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { withE2eDb } from './helpers/e2e-db'
import { createStaff, signInTo } from './helpers/staff'

const CAMPAIGNS = ['rc4a', 'compact-of-mayors'] as const
/** The first number in a text: "1,234 members ..." is 1234. */
const numberIn = (text: string | null) => Number((text ?? '').match(/-?[\d,]+/)?.[0].replace(/,/g, '') ?? NaN)

async function openFromNavigation(page: Page) {
  await page.goto('/')
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Progress', exact: true })
    .click()
  await expect(page).toHaveURL(/\/progress$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network progress report')
}

const figure = (page: Page, id: string) => page.getByTestId(`figure-${id}`).locator('dd')

/** The cells of a table's row whose header cell has this text, as text. */
async function rowCells(page: Page, table: string, rowHeader: string) {
  const row = page
    .getByRole('table', { name: table, exact: true })
    .locator('tbody tr')
    .filter({ has: page.locator('th', { hasText: new RegExp(`^${rowHeader}$`) }) })
  await expect(row).toHaveCount(1)
  return row.locator('td').allTextContents()
}

/**
 * The latest accounting year with a verified inventory of a member with an active target, with the number of such
 * members and the sum of their figures in the sectors their target covers (each demo member has one active target).
 */
async function latestVerifiedAgainstTargets() {
  return withE2eDb(async (db) => {
    const targets = await db.target.findMany({
      where: { status: 'ACTIVE', municipality: { isMember: true } },
      select: { municipalityId: true, sectorsCovered: true },
    })
    const covered = new Map(targets.map((t) => [t.municipalityId, t.sectorsCovered.split(',')]))
    const latest = await db.progressReport.aggregate({
      where: {
        status: 'VERIFIED',
        municipality: { isMember: true, targets: { some: { status: 'ACTIVE' } } },
      },
      _max: { accountingYear: true },
    })
    const year = latest._max.accountingYear
    if (year === null) return null
    const entries = await db.inventoryEntry.findMany({
      where: {
        emissions: { not: null },
        report: { status: 'VERIFIED', accountingYear: year, municipality: { isMember: true } },
      },
      select: { sector: true, emissions: true, report: { select: { municipalityId: true } } },
    })
    const reporting = new Set<string>()
    let sum = 0
    for (const e of entries) {
      const sectors = covered.get(e.report.municipalityId)
      if (!sectors?.includes(e.sector)) continue
      reporting.add(e.report.municipalityId)
      sum += e.emissions ?? 0
    }
    return { year, reporting: reporting.size, sum: Math.round(sum) }
  })
}

function networkCounts() {
  return withE2eDb(async (db) => {
    const [members, states, onPath, compliant] = await Promise.all([
      db.municipality.count({ where: { isMember: true } }),
      db.municipality.groupBy({ by: ['state'], where: { isMember: true } }),
      db.municipality.count({
        where: {
          isMember: true,
          pledges: { some: { status: 'APPROVED', campaign: { hasCompliancePath: true } } },
        },
      }),
      db.municipality.count({ where: { isMember: true, complianceStage: 'ACTION_PLANS' } }),
    ])
    return { members, states: states.length, onPath, compliant }
  })
}

test('the report is reached from the navigation and its figures are the database’s', async ({ page }) => {
  test.setTimeout(budget(60_000))
  const counts = await networkCounts()
  const signatories = Object.fromEntries(
    await Promise.all(CAMPAIGNS.map(async (slug) => [slug, await approvedSignatoryCount(slug)] as const)),
  )
  const verified = await latestVerifiedAgainstTargets()
  expect(verified, 'the demo data has verified inventories of members with targets').not.toBeNull()

  await openFromNavigation(page)
  await expect(figure(page, 'members')).toHaveText(formatCount(counts.members))
  for (const slug of CAMPAIGNS)
    await expect(figure(page, `signatories-${slug}`)).toHaveText(formatCount(signatories[slug]!))

  // Over time: this year's running totals are today's counts (every approved pledge has a commitment date).
  const thisYear = await rowCells(
    page,
    'Members and signatories by year',
    String(new Date().getUTCFullYear()),
  )
  expect(thisYear.filter((_, i) => i % 2 === 1).map(numberIn)).toEqual([
    counts.members,
    ...CAMPAIGNS.map((slug) => signatories[slug]!),
  ])

  // Compliance: everyone with an approved Compact commitment has met the first stage.
  const commitment = await rowCells(page, 'Members on the compliance path, stage by stage', 'Commitment')
  expect(numberIn(commitment[0]!)).toBe(counts.onPath)

  // Emissions: the latest year's verified sum and the members behind it.
  const year = await rowCells(
    page,
    'Verified emissions and the combined target path by year, tCO2e',
    String(verified!.year),
  )
  expect(numberIn(year[1]!)).toBe(verified!.reporting)
  expect(numberIn(year[2]!)).toBe(verified!.sum)

  // By state: one row per state with members; the columns add up to the network's counts.
  const states = page.getByRole('table', { name: 'The network by state' })
  await expect(states.locator('tbody tr')).toHaveCount(counts.states)
  const column = async (n: number) =>
    (await states.locator(`tbody tr td:nth-of-type(${n})`).allTextContents()).reduce(
      (s, c) => s + numberIn(c),
      0,
    )
  expect(await column(1)).toBe(counts.members)
  expect(await column(CAMPAIGNS.length + 4)).toBe(counts.compliant)

  // Each figure says how it is computed and links to open data that answers.
  const methods = page.locator('.method')
  expect(await methods.count()).toBeGreaterThanOrEqual(7)
  const links = await page.locator('a.data-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
  for (const href of new Set(links)) expect((await page.request.get(href)).status(), href).toBe(200)
  await expectNoAxeViolations(page)
})

test('every chart is an image with a text alternative and a table beside it', async ({ page }) => {
  await openFromNavigation(page)
  const charts = [
    { image: /^Members and signatories, \d{4} to \d{4}/, table: 'Members and signatories by year' },
    {
      image: /^Verified emissions of members with targets/,
      table: 'Verified emissions and the combined target path by year, tCO2e',
    },
    { image: /^Member municipalities by state/, table: 'The network by state' },
  ]
  for (const chart of charts) {
    const image = page.getByRole('img', { name: chart.image })
    await expect(image).toHaveCount(1)
    const response = await page.request.get((await image.getAttribute('src'))!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('image/svg+xml')
    await expect(page.getByRole('table', { name: chart.table, exact: true })).toBeVisible()
  }
})

test('printed, the report drops the site’s navigation and writes out its data links', async ({ page }) => {
  await page.goto('/progress')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden()
  await expect(page.getByRole('table', { name: 'The network by state' })).toBeVisible()
  const after = await page
    .locator('a.data-link')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content)
  expect(after).toMatch(/\(\/(data|api)\//)
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByRole('banner')).toBeVisible()
})

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

const newId = () => `e2e${randomBytes(10).toString('hex')}`

/** A confirmed Compact of Mayors pledge awaiting review, for a new place, confirmed long ago (it heads the queue). */
async function pendingCompactPledge() {
  const tag = randomBytes(3).toString('hex')
  const town = `Progressville ${tag}`
  const email = `mayor-${tag}@progressville.example.org`
  await withE2eDb(async (db) => {
    const text = await db.pledgeText.findFirstOrThrow({
      where: { campaign: { slug: 'compact-of-mayors' }, publishedAt: { not: null } },
      orderBy: { version: 'desc' },
      select: { id: true, campaignId: true },
    })
    const municipalityId = newId()
    const old = new Date('2001-01-01T00:00:00Z')
    await db.pledge.create({
      data: {
        id: newId(),
        campaign: { connect: { id: text.campaignId } },
        pledgeText: { connect: { id: text.id } },
        municipality: {
          create: {
            id: municipalityId,
            slug: `progressville-${tag}-wy`,
            name: town,
            searchName: town.toLowerCase(),
            state: 'WY',
            population: 4321,
          },
        },
        liveKey: `${municipalityId}:${text.campaignId}`,
        signatoryName: 'Pat Progress',
        signatoryTitle: 'Mayor',
        email,
        emailNormalized: email,
        mandateType: 'LETTER',
        status: 'PENDING_REVIEW',
        signedAt: old,
        confirmedAt: old,
        createdAt: old,
      },
    })
  })
  return town
}

test('a moderator’s approval shows on the cached report on the next request', async ({ page }) => {
  test.setTimeout(budget(90_000))
  const town = await pendingCompactPledge()
  const moderator = await createStaff('MODERATOR')
  const thisYear = String(new Date().getUTCFullYear())
  const compactTotal = async () => (await rowCells(page, 'Members and signatories by year', thisYear))[5]!

  // Fill the cache with the report as it is now.
  await page.goto('/progress')
  const membersBefore = numberIn(await figure(page, 'members').textContent())
  const signatoriesBefore = numberIn(await figure(page, 'signatories-compact-of-mayors').textContent())
  const yearBefore = numberIn(await compactTotal())
  const onPathBefore = numberIn(await page.getByTestId('compliance-on-path').textContent())

  await signInTo(page, '/admin/pledges', moderator)
  const item = page.getByRole('region', { name: `${town}, WY` })
  await item.getByRole('checkbox', { name: `Select the pledge of ${town} for approval` }).check()
  await page.getByRole('button', { name: 'Approve selected' }).click()
  await expect(page.getByRole('status')).toContainText('1 pledge approved.')

  await page.goto('/progress')
  expect(numberIn(await figure(page, 'members').textContent())).toBe(membersBefore + 1)
  expect(numberIn(await figure(page, 'signatories-compact-of-mayors').textContent())).toBe(
    signatoriesBefore + 1,
  )
  expect(numberIn(await compactTotal())).toBe(yearBefore + 1)
  expect(numberIn(await page.getByTestId('compliance-on-path').textContent())).toBe(onPathBefore + 1)
})
