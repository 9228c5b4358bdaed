// The moderation queue, JS on and off: a moderator approves a pledge in /admin/pledges and the cached
// campaign and home pages and the open data show it on the next request (the server action expires their
// cache tags); rejecting with a coded reason emails the signatory; an editor is refused the queue.
import { randomBytes } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { expectNoAxeViolations } from './helpers/axe'
import { budget, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { withE2eDb } from './helpers/e2e-db'
import { createStaff, signInTo } from './helpers/staff'

// No other spec changes this campaign's approvals from outside the server, so its cached count is exact.
const CAMPAIGN = 'compact-of-mayors'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

const newId = () => `e2e${randomBytes(10).toString('hex')}`

type Pending = { id: string; town: string; slug: string; email: string; version: number }

/**
 * A confirmed pledge awaiting review for a new, non-member municipality, with a mandate PDF. Confirmed
 * long ago so it heads the queue (oldest first) whatever else the database holds.
 */
async function createPendingPledge(campaignSlug: string): Promise<Pending> {
  const tag = randomBytes(3).toString('hex')
  const town = `Reviewton ${tag}`
  const slug = `reviewton-${tag}-wy`
  const email = `mayor-${tag}@reviewton.example.org`
  const id = newId()
  return withE2eDb(async (db) => {
    const text = await db.pledgeText.findFirstOrThrow({
      where: { campaign: { slug: campaignSlug }, publishedAt: { not: null } },
      orderBy: { version: 'desc' },
      select: { id: true, campaignId: true, version: true },
    })
    const municipalityId = newId()
    const pdf = Buffer.from('%PDF-1.4\n% e2e resolution\n%%EOF\n')
    const old = new Date('2001-01-01T00:00:00Z')
    await db.pledge.create({
      data: {
        id,
        campaign: { connect: { id: text.campaignId } },
        pledgeText: { connect: { id: text.id } },
        municipality: {
          create: {
            id: municipalityId,
            slug,
            name: town,
            searchName: town.toLowerCase(),
            state: 'WY',
            population: 1234,
          },
        },
        mandateDocument: {
          create: {
            id: newId(),
            filename: 'resolution.pdf',
            contentType: 'application/pdf',
            size: pdf.byteLength,
            sha256: 'e2e',
            data: pdf,
          },
        },
        liveKey: `${municipalityId}:${text.campaignId}`,
        signatoryName: 'Pat Reviewer',
        signatoryTitle: 'Mayor',
        email,
        emailNormalized: email,
        mandateType: 'COUNCIL_RESOLUTION',
        status: 'PENDING_REVIEW',
        signedAt: old,
        confirmedAt: old,
        createdAt: old,
      },
    })
    return { id, town, slug, email, version: text.version }
  })
}

const pledgeRow = (id: string) =>
  withE2eDb((db) =>
    db.pledge.findUniqueOrThrow({
      where: { id },
      select: { status: true, rejectionReason: true, reviewNotes: true },
    }),
  )

const countIn = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).textContent())!.replace(/[^0-9]/g, ''))

/** "12 signatories in Wyoming, showing 1 to 12.": the first figure; "No signatories ... yet." is 0. */
const firstNumberIn = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).textContent())!.match(/[\d,]+/)?.[0].replace(/,/g, '') ?? 0)

const card = (page: Page, town: string) => page.getByRole('region', { name: `${town}, WY` })

test('a moderator approves a pledge and the cached public pages count it on the next request', async ({
  page,
}) => {
  test.setTimeout(budget(90_000))
  const pledge = await createPendingPledge(CAMPAIGN)
  const moderator = await createStaff('MODERATOR')

  // Fill the cache with the figures as they are now.
  await page.goto(`/campaigns/${CAMPAIGN}`)
  const campaignBefore = await countIn(page, 'campaign-signatory-total')
  await page.goto('/')
  const homeBefore = await countIn(page, `signatories-${CAMPAIGN}`)
  expect((await page.request.get(`/members/${pledge.slug}`)).status()).toBe(404)
  // Filtered views are cached too (decision 0010): a search and a state filter, before the approval.
  const search = `/members?q=${encodeURIComponent(pledge.town)}`
  const byState = `/campaigns/${CAMPAIGN}?state=WY`
  await page.goto(search)
  await expect(page.getByRole('heading', { name: '0 member municipalities' })).toBeVisible()
  await page.goto(byState)
  const wyomingBefore = await firstNumberIn(page, 'signatory-count')
  // The open data is cached by the same tags: a filtered API list, a member's record, a download.
  const api = `/api/v1/municipalities?q=${encodeURIComponent(pledge.town)}&state=WY`
  const record = `/api/v1/municipalities/${pledge.slug}`
  expect((await (await page.request.get(api)).json()).meta.total).toBe(0)
  expect((await page.request.get(record)).status()).toBe(404)
  expect(await (await page.request.get('/data/signatories.csv')).text()).not.toContain(pledge.slug)

  await signInTo(page, '/admin/pledges', moderator)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pledges to review')
  const item = card(page, pledge.town)
  await expect(item).toBeVisible()
  await expect(item.getByText(pledge.email)).toBeVisible()
  await expect(item.getByText(`Version ${pledge.version}`)).toBeVisible()
  await expect(item.getByText('Council resolution')).toBeVisible()
  await expect(item.getByText(/email domain is not a government domain/)).toBeVisible()
  const pdfLink = item.getByRole('link', { name: /resolution\.pdf/ })
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

  // Keyboard only: tick the pledge with the space bar, press Enter on "Approve selected".
  const box = item.getByRole('checkbox', { name: `Select the pledge of ${pledge.town} for approval` })
  await box.focus()
  await page.keyboard.press('Space')
  await expect(box).toBeChecked()
  await page.getByRole('button', { name: 'Approve selected' }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/admin\/pledges\?approved=1$/)
  await expect(page.getByRole('status')).toContainText('1 pledge approved.')
  await expect(card(page, pledge.town)).toHaveCount(0)
  expect((await pledgeRow(pledge.id)).status).toBe('APPROVED')

  await page.goto(`/campaigns/${CAMPAIGN}`)
  expect(await countIn(page, 'campaign-signatory-total')).toBe(campaignBefore + 1)
  await page.goto('/')
  expect(await countIn(page, `signatories-${CAMPAIGN}`)).toBe(homeBefore + 1)
  await page.goto(`/members/${pledge.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(pledge.town)
  await page.goto(search)
  await expect(page.getByRole('heading', { name: '1 member municipality' })).toBeVisible()
  await expect(page.getByRole('link', { name: pledge.town })).toBeVisible()
  await page.goto(byState)
  expect(await firstNumberIn(page, 'signatory-count')).toBe(wyomingBefore + 1)
  const listed = await page.request.get(api)
  expect(listed.headers()['access-control-allow-origin']).toBe('*')
  expect((await listed.json()).data.map((m: { slug: string }) => m.slug)).toEqual([pledge.slug])
  expect((await page.request.get(record)).status()).toBe(200)
  expect(await (await page.request.get('/data/signatories.csv')).text()).toContain(pledge.slug)

  const mail = await smtp.waitFor((m) => m.to.includes(pledge.email) && /has joined/.test(m.subject))
  expect(mail.subject).toContain(pledge.town)
  expect(mail.text).toContain(`/members/${pledge.slug}`)
})

test('a moderator rejects a pledge with a coded reason and the signatory is told why', async ({
  page,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(60_000))
  const pledge = await createPendingPledge('rc4a')
  const moderator = await createStaff('MODERATOR')
  await signInTo(page, '/admin/pledges?campaign=rc4a', moderator)
  const item = card(page, pledge.town)
  await item.getByText(`Reject the pledge of ${pledge.town}`).click()

  // Without a reason: the error summary and the error beside the field, the note kept.
  await item.getByLabel('Note to the signatory (optional)').fill('Please send the signed resolution.')
  await item.getByRole('button', { name: 'Reject this pledge' }).click()
  const again = card(page, pledge.town)
  const summary = again.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeVisible()
  if (javaScriptEnabled) await expect(summary).toBeFocused()
  await expect(summary.getByRole('link', { name: 'Select a reason for rejecting' })).toHaveAttribute(
    'href',
    `#f-reason-${pledge.id}`,
  )
  await expect(again.getByLabel('Reason for rejecting')).toHaveAccessibleDescription(
    /Select a reason for rejecting/,
  )
  await expect(again.getByLabel('Note to the signatory (optional)')).toHaveValue(
    'Please send the signed resolution.',
  )
  expect((await pledgeRow(pledge.id)).status).toBe('PENDING_REVIEW')
  await expectNoAxeViolations(page)

  await again.getByLabel('Reason for rejecting').selectOption('INCOMPLETE_MANDATE')
  await again.getByRole('button', { name: 'Reject this pledge' }).click()
  await expect(page).toHaveURL(/\/admin\/pledges\?campaign=rc4a&rejected=1$/)
  await expect(page.getByRole('status')).toHaveText(/rejected and the signatory has been emailed/)
  expect(await pledgeRow(pledge.id)).toEqual({
    status: 'REJECTED',
    rejectionReason: 'INCOMPLETE_MANDATE',
    reviewNotes: 'Please send the signed resolution.',
  })

  const mail = await smtp.waitFor((m) => m.to.includes(pledge.email))
  expect(mail.subject).toContain(pledge.town)
  expect(mail.text).toContain('the mandate is incomplete')
  expect(mail.text).toContain('Please send the signed resolution.')
})

test('the queue filters by campaign and is accessible', async ({ page }) => {
  const pledge = await createPendingPledge('rc4a')
  const moderator = await createStaff('MODERATOR')
  await signInTo(page, '/admin/pledges', moderator)
  await expect(
    page.getByRole('navigation', { name: 'Staff area' }).getByRole('link', { name: 'Pledges to review' }),
  ).toHaveAttribute('aria-current', 'page')
  await expect(card(page, pledge.town)).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByLabel('Campaign').selectOption(CAMPAIGN)
  await page.getByRole('button', { name: 'Show pledges' }).click()
  await expect(page).toHaveURL(new RegExp(`/admin/pledges\\?campaign=${CAMPAIGN}$`))
  await expect(card(page, pledge.town)).toHaveCount(0)
  await expect(page.getByLabel('Campaign')).toHaveValue(CAMPAIGN)
})

test('an editor is refused the queue and the mandate documents', async ({ page }) => {
  const pledge = await createPendingPledge('rc4a')
  const editor = await createStaff('EDITOR')
  await signInTo(page, '/admin/pledges', editor)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page')
  await expect(page.getByText(pledge.town)).toHaveCount(0)
  await expect(
    page.getByRole('navigation', { name: 'Staff area' }).getByRole('link', { name: 'Pledges to review' }),
  ).toHaveCount(0)
  const { mandateDocumentId: uploadId } = await withE2eDb((db) =>
    db.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { mandateDocumentId: true } }),
  )
  expect((await page.request.get(`/admin/uploads/${uploadId}`)).status()).toBe(403)
  await expectNoAxeViolations(page)
})

test('a mandate document downloads under its own sandbox policy, not the page policy', async ({ page }) => {
  const pledge = await createPendingPledge('rc4a')
  const moderator = await createStaff('MODERATOR')
  await signInTo(page, '/admin/pledges', moderator)
  const { mandateDocumentId: uploadId } = await withE2eDb((db) =>
    db.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { mandateDocumentId: true } }),
  )
  const download = await page.request.get(`/admin/uploads/${uploadId}`)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/)
  // A PDF opened from here must run nothing in our origin (issue 14, L2): the proxy used to replace this.
  const policies = download
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'content-security-policy')
    .map((h) => h.value)
  expect(policies.join('\n')).toContain("default-src 'none'; sandbox")
  expect(policies.join('\n')).not.toContain('nonce-')
})
