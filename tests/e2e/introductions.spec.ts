// Brokered introductions end to end, JS on and off, in two browsers: official B's browser first sees how to get
// access as a visitor, then B signs in (a confirmed official) and sees the portal's willing-to-talk page; official A
// signs in, finds B's profile through the directory's search, asks for an introduction (an empty message is answered
// next to the field); B opens the emailed link signed out, answers with the page's button (the GET changed nothing),
// and both get each other's contact by email, never on a page. The link works once. Axe on each new page.
// Then A asks a member whose pledge's signatory never signed in (no confirmed official): the request goes to the
// signatory's address, whose link answers without signing in, and A gets the signatory's contact (decision 0021).
import { randomBytes } from 'node:crypto'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { budget, e2eBaseUrl, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { approvedSignatory, signInAsOfficial, type E2eSignatory } from './helpers/official'
import { withE2eDb } from './helpers/e2e-db'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

// The second official works in a browser of their own, JavaScript on or off as the project says.
async function secondBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: e2eBaseUrl,
    javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
  })
  return context.newPage()
}

/**
 * A member found among this spec's signatories (indices 22-25) whose place has no confirmed official: its
 * pledge's signatory never signed in. The JavaScript run takes the first, the other run the second.
 */
async function signatoryWithoutOfficial(nth: number): Promise<E2eSignatory> {
  const candidates = await Promise.all([22, 23, 24, 25].map((i) => approvedSignatory(i)))
  const withOfficial = await withE2eDb((db) =>
    db.municipalityOfficial.findMany({
      where: { confirmed: true, municipality: { slug: { in: candidates.map((c) => c.slug) } } },
      select: { municipality: { select: { slug: true } } },
    }),
  )
  const taken = new Set(withOfficial.map((o) => o.municipality.slug))
  const found = candidates.filter((c) => !taken.has(c.slug))[nth]
  if (!found) throw new Error('The e2e database has too few signatories whose place has no official account')
  return found
}

const errorSummary = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) })

test('an official asks another member for an introduction from its profile; the other accepts by the emailed link', async ({
  page,
  browser,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(150_000))
  const [a, b] = javaScriptEnabled
    ? [await approvedSignatory(16), await approvedSignatory(17)]
    : [await approvedSignatory(18), await approvedSignatory(19)]
  expect(a.slug).not.toBe(b.slug)
  const message = `How did you fund your cooling centers, and who ran them day to day? (${randomBytes(4).toString('hex')})`

  // B, not signed in yet, on A's profile: the link leads to how to get access, not a form.
  const pageB = await secondBrowser(browser)
  await pageB.goto(`/members/${a.slug}`)
  await pageB.getByRole('link', { name: `Ask for an introduction to ${a.name}` }).click()
  await expect(pageB.getByRole('heading', { level: 1 })).toHaveText(
    `Ask for an introduction to ${a.name}, ${a.state}`,
  )
  await expect(pageB.getByTestId('introduction-access')).toContainText('Introductions are for officials')
  await expect(pageB.getByRole('textbox')).toHaveCount(0)
  await expectNoAxeViolations(pageB)
  // B signs in, which makes them a confirmed official of their municipality.
  await signInAsOfficial(pageB, b.email, smtp, { callbackPath: `/portal/${b.slug}` })
  // The portal page where B's officials say which of their solutions they will talk about (none recorded here).
  await pageB.getByRole('link', { name: 'Solutions you will talk about' }).click()
  await expect(pageB.getByRole('heading', { level: 1 })).toHaveText(`Solutions ${b.name} will talk about`)
  await expect(pageB.getByRole('main')).toContainText(
    `The Solutions Gateway lists no solution implemented by ${b.name} yet.`,
  )
  await expectNoAxeViolations(pageB)

  // A signs in, finds B in the directory and asks from B's profile.
  await signInAsOfficial(page, a.email, smtp)
  await page.goto('/members')
  await page.getByLabel('Municipality name').fill(b.name)
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  // The search may list places of the same name in other states: B's own link.
  await page.getByRole('main').locator(`a[href="/members/${b.slug}"]`).first().click()
  await expect(page).toHaveURL(new RegExp(`/members/${b.slug}$`))
  await page.getByRole('link', { name: `Ask for an introduction to ${b.name}` }).click()
  await expect(page).toHaveURL(new RegExp(`/introductions/new\\?to=${b.slug}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Ask for an introduction to ${b.name}, ${b.state}`,
  )
  await expectNoAxeViolations(page)
  // A signatory of several members chooses which one asks.
  const from = page.getByLabel('You ask on behalf of')
  if ((await from.count()) > 0) await from.selectOption({ value: a.slug })
  await page.getByRole('button', { name: 'Ask for an introduction' }).click()
  await expect(
    errorSummary(page).getByRole('link', { name: 'Say what you would like to learn' }),
  ).toBeVisible()
  await expectNoAxeViolations(page)
  if ((await from.count()) > 0) await from.selectOption({ value: a.slug })
  await page.getByLabel('What would you like to learn?').fill(message)
  const before = smtp.messages.length
  await page.getByRole('button', { name: 'Ask for an introduction' }).click()
  await expect(page.getByRole('status')).toContainText(
    `We have emailed the officials of ${b.name}, ${b.state}`,
  )
  await expect(page.getByRole('main')).not.toContainText(b.email)

  // B's email: who asks and what they want to learn, no address, and the links.
  const request = await smtp.waitFor(
    (m) =>
      smtp.messages.indexOf(m) >= before &&
      m.to.includes(b.email) &&
      m.subject.startsWith('Introduction request'),
  )
  expect(request.subject).toBe(`Introduction request from ${a.name}, ${a.state}`)
  expect(request.text).toContain(message)
  expect(request.text).not.toContain(a.email)
  const accept = /https?:\/\/\S+\/introductions\/answer\/[A-Za-z0-9_-]{43}\?choice=accept/.exec(
    request.text,
  )?.[0]
  expect(accept).toBeTruthy()

  // Signed out, B opens the link: it shows the request and a button; opening it twice changes nothing.
  await pageB.context().clearCookies()
  await pageB.goto(accept!)
  await pageB.goto(accept!)
  await expect(pageB.getByRole('heading', { level: 1 })).toHaveText(
    `Introduction request from ${a.name}, ${a.state}`,
  )
  await expect(pageB.getByRole('main')).toContainText(message)
  await expect(pageB.getByRole('main')).not.toContainText(a.email)
  await expectNoAxeViolations(pageB)
  await pageB.getByRole('button', { name: 'Accept and share contacts' }).click()
  await expect(pageB.getByRole('heading', { level: 1 })).toHaveText('Introduction accepted')
  await expect(pageB.getByRole('main')).not.toContainText(a.email)
  await expectNoAxeViolations(pageB)

  // Both contact emails arrive: each side gets the other's name, address and municipality.
  const toA = await smtp.waitFor(
    (m) =>
      smtp.messages.indexOf(m) >= before &&
      m.to.includes(a.email) &&
      m.subject === `Introduction: ${b.name}, ${b.state}`,
  )
  expect(toA.text).toContain(`Email: ${b.email}`)
  expect(toA.text).toContain(`Municipality: ${b.name}, ${b.state}`)
  const toB = await smtp.waitFor(
    (m) =>
      smtp.messages.indexOf(m) >= before &&
      m.to.includes(b.email) &&
      m.subject === `Introduction: ${a.name}, ${a.state}`,
  )
  expect(toB.text).toContain(`Email: ${a.email}`)

  // The link worked once.
  await pageB.goto(accept!)
  await expect(pageB.getByRole('heading', { level: 1 })).toHaveText('This request has already been answered')
  await expect(pageB.getByRole('main').getByRole('button')).toHaveCount(0)
  await pageB.context().close()

  // A asks C, a member whose signatory never signed in, found by the directory's search.
  const c = await signatoryWithoutOfficial(javaScriptEnabled ? 0 : 1)
  await page.goto('/members')
  await page.getByLabel('Municipality name').fill(c.name)
  await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
  await page.getByRole('main').locator(`a[href="/members/${c.slug}"]`).first().click()
  await page.getByRole('link', { name: `Ask for an introduction to ${c.name}` }).click()
  if ((await from.count()) > 0) await from.selectOption({ value: a.slug })
  await page.getByLabel('What would you like to learn?').fill(message)
  const beforeC = smtp.messages.length
  await page.getByRole('button', { name: 'Ask for an introduction' }).click()
  await expect(page.getByRole('status')).toContainText(
    `We have emailed the officials of ${c.name}, ${c.state}`,
  )
  const toSignatory = await smtp.waitFor(
    (m) =>
      smtp.messages.indexOf(m) >= beforeC &&
      m.to.some((t) => t.toLowerCase() === c.email) &&
      m.subject === `Introduction request from ${a.name}, ${a.state}`,
  )
  expect(toSignatory.text).toContain('as the signatory of')
  const acceptC = /https?:\/\/\S+\/introductions\/answer\/[A-Za-z0-9_-]{43}\?choice=accept/.exec(
    toSignatory.text,
  )?.[0]
  expect(acceptC).toBeTruthy()
  // The signatory, who has no account, answers in a browser of their own.
  const pageC = await secondBrowser(browser)
  await pageC.goto(acceptC!)
  await expect(pageC.getByRole('heading', { level: 1 })).toHaveText(
    `Introduction request from ${a.name}, ${a.state}`,
  )
  await pageC.getByRole('button', { name: 'Accept and share contacts' }).click()
  await expect(pageC.getByRole('heading', { level: 1 })).toHaveText('Introduction accepted')
  const toAC = await smtp.waitFor(
    (m) =>
      smtp.messages.indexOf(m) >= beforeC &&
      m.to.includes(a.email) &&
      m.subject === `Introduction: ${c.name}, ${c.state}`,
  )
  expect(toAC.text.toLowerCase()).toContain(`email: ${c.email}`)
  await pageC.context().close()
})
