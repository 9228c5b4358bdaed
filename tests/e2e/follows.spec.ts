// Following a place (issue 18, decision 0023), JS on and off, with a real SMTP server: a resident finds a member
// through the directory search and follows it by email; the confirm email (with RFC 8058 headers) has a link
// whose page's button confirms; a moderator approves that place's pledge to its second campaign in /admin; the daily job
// (npm run reminders) sends one digest, and running it again sends nothing; the resident unsubscribes with the
// one-click POST, follows again and unfollows from the manage page.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { randomBytes } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { startSmtpServer, type CapturedMail, type TestSmtpServer } from '../helpers/smtp'
import { expectNoAxeViolations } from './helpers/axe'
import { e2eBaseUrl, e2eDatabaseUrl, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { withE2eDb } from './helpers/e2e-db'
import { createStaff, signInTo } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

/**
 * A member whose pledge to its second campaign waits for review (the seeded data path), on the first page of that
 * campaign's review queue (its order); the last such one for JS on, the one before for JS off, so other specs and
 * the two runs need not share one.
 */
async function memberWithPledgeToReview() {
  const rows = await withE2eDb((db) =>
    db.pledge.findMany({
      where: { status: 'PENDING_REVIEW' },
      orderBy: [{ confirmedAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: {
        campaign: { select: { slug: true, name: true } },
        municipality: { select: { name: true, state: true, slug: true, isMember: true } },
      },
    }),
  )
  const firstPages = ['rc4a', 'compact-of-mayors'].flatMap((slug) =>
    rows.filter((r) => r.campaign.slug === slug).slice(0, 20),
  )
  const members = firstPages.filter((r) => r.municipality.isMember)
  const row = members[members.length - (test.info().project.name === 'no-js' ? 2 : 1)]
  if (!row) throw new Error('The e2e database has no member with a pledge to review: was it seeded?')
  return { ...row.municipality, campaign: row.campaign }
}

function withoutJobMetrics(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { JOB_METRICS_DIR: _unused, ...rest } = env
  return rest
}

/**
 * The daily job, as cron runs it, against the e2e database and this spec's SMTP server (in this process: the job
 * runs beside it, never blocking it).
 */
async function runDailyJob() {
  await promisify(execFile)(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', 'scripts/reminders.ts'],
    {
      env: {
        ...withoutJobMetrics(process.env),
        NODE_ENV: 'production',
        DEMO_MODE: 'false',
        DATABASE_URL: e2eDatabaseUrl,
        SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
        SITE_URL: e2eBaseUrl,
        AUTH_SECRET: 'e2e-test-secret-not-for-production-0123456789',
      },
      timeout: 120_000,
    },
  )
}

function linkIn(mail: CapturedMail, kind: 'confirm' | 'manage' | 'unsubscribe'): string {
  const link = new RegExp(`https?://\\S+/follows/${kind}/[A-Za-z0-9_-]{43}`).exec(mail.text)?.[0]
  if (!link) throw new Error(`No ${kind} link in: ${mail.text}`)
  return link
}

/** The RFC 8058 headers, as the message arrived (a header line may be folded). */
function expectOneClickHeaders(mail: CapturedMail) {
  const raw = mail.raw.replace(/\r?\n[ \t]+/g, ' ')
  const unsubscribe = linkIn(mail, 'unsubscribe')
  expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/im)
  expect(raw).toContain(`List-Unsubscribe: <${unsubscribe}>`)
}

async function followFromProfile(page: Page, name: string, email: string) {
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: `Follow ${name}` }).click()
  await expect(page.getByTestId('follow-sent')).toContainText('Check your inbox')
}

test('a resident follows a member, confirms by email, gets one digest a day, and unsubscribes', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const place = await memberWithPledgeToReview()
  const email = `resident-${randomBytes(4).toString('hex')}@example.net`

  // Found through the directory search, as a resident would.
  await page.goto('/members')
  await page.getByLabel('Municipality name').fill(place.name)
  await page.getByLabel('State').selectOption(place.state)
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await page.getByRole('link', { name: place.name, exact: true }).first().click()
  await expect(page).toHaveURL(new RegExp(`/members/${place.slug}$`))
  await expect(page.getByRole('heading', { level: 2, name: `Follow ${place.name}` })).toBeVisible()
  // Bad input: the message next to the field.
  await page.getByLabel('Email address').fill('not an address')
  await page.getByRole('button', { name: `Follow ${place.name}` }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('correct format')
  await expectNoAxeViolations(page)
  await followFromProfile(page, place.name, email)
  await expectNoAxeViolations(page)

  const confirmMail = await smtp.waitFor(
    (m) => m.to.includes(email) && /^Confirm you want to follow/.test(m.subject),
  )
  expect(confirmMail.subject).toBe(`Confirm you want to follow ${place.name}`)
  expectOneClickHeaders(confirmMail)
  const confirmUrl = linkIn(confirmMail, 'confirm')
  await page.goto(confirmUrl)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Follow ${place.name}`)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: `Confirm: follow ${place.name}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`You follow ${place.name}`)
  await expectNoAxeViolations(page)
  await page.goto(confirmUrl)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has already been used')

  // A moderator approves the place's pledge to its second campaign in the staff area: news for its followers.
  const staff = await (await browser.newContext()).newPage()
  await signInTo(staff, `/admin/pledges?campaign=${place.campaign.slug}`, await createStaff('MODERATOR'))
  await staff.getByRole('checkbox', { name: `Select the pledge of ${place.name} for approval` }).check()
  await staff.getByRole('button', { name: 'Approve selected' }).click()
  await expect(staff.getByRole('status')).toContainText('1 pledge approved.')
  await staff.close()

  await runDailyJob()
  const digest = await smtp.waitFor((m) => m.to.includes(email) && /^News from/.test(m.subject))
  expect(digest.subject).toMatch(new RegExp(`^News from ${place.name}, `))
  expect(digest.text).toContain(`${place.name} signed the ${place.campaign.name} pledge.`)
  expectOneClickHeaders(digest)
  // Run again the same day: nothing is sent twice.
  await runDailyJob()
  expect(smtp.messages.filter((m) => m.to.includes(email) && /^News from/.test(m.subject))).toHaveLength(1)

  // The unsubscribe link opened in a browser changes nothing until its button; a mail provider's one-click POST
  // unsubscribes at once, and the address is forgotten (its manage link no longer opens anything).
  const unsubscribeUrl = linkIn(digest, 'unsubscribe')
  await page.goto(unsubscribeUrl)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unsubscribe')
  await expectNoAxeViolations(page)
  const oneClick = await page.request.post(unsubscribeUrl, {
    multipart: { 'List-Unsubscribe': 'One-Click' },
    headers: { origin: 'https://mail.example.com' },
  })
  expect(oneClick.status()).toBe(200)
  await page.goto(linkIn(digest, 'manage'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link is not valid')

  // Following again, then leaving from the manage page.
  await page.goto(`/members/${place.slug}`)
  await followFromProfile(page, place.name, email)
  const again = await smtp.waitFor(
    (m) => m.to.includes(email) && /^Confirm you want to follow/.test(m.subject) && m !== confirmMail,
  )
  await page.goto(linkIn(again, 'manage'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The places you follow')
  await expect(page.getByRole('main')).toContainText(email)
  await expect(page.getByRole('listitem').filter({ hasText: place.name })).toContainText(
    'waiting for you to confirm',
  )
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: `Unfollow ${place.name}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are unsubscribed')
  await expectNoAxeViolations(page)
})
