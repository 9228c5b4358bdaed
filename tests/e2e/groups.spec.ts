// Peer groups and topic cohorts end to end, JS on and off: an official signs in by the emailed link, asks to
// join a group from the portal, staff approve it in /admin (the official is emailed), the official then reads
// the published meeting notes in the group's members' space; a signed-out visitor sees the group and its
// members (the cached page shows the new member at once: tag `group:<slug>`) but no notes. An editor creates a
// cohort, adds a meeting, publishes its notes and shares a document only members and staff can download, then
// changes the meeting, deletes the document and deletes the group (its name typed to confirm; its page goes).
import { randomBytes } from 'node:crypto'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { budget, e2eBaseUrl, e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { withE2eDb } from './helpers/e2e-db'
import { approvedSignatory, signInAsOfficial } from './helpers/official'
import { createStaff, signInTo } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

// Staff and the visitor work in browsers of their own, JavaScript on or off as the project says.
async function otherBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: e2eBaseUrl,
    javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
  })
  return context.newPage()
}

/** The notes staff published for the group's past meetings (what a member should read, and a visitor not). */
const publishedNotes = (name: string) =>
  withE2eDb((db) =>
    db.peerGroupMeeting.findMany({
      where: { group: { name }, notes: { not: null }, endsAt: { lt: new Date() } },
      select: { notes: true },
    }),
  ).then((rows) => rows.map((r) => r.notes!.split('\n\n')[0]!))

test('an official asks to join a group, staff approve, the official reads the notes; visitors see no notes', async ({
  page,
  browser,
  javaScriptEnabled,
}) => {
  test.setTimeout(budget(120_000))
  const official = await approvedSignatory(javaScriptEnabled ? 20 : 21)
  await signInAsOfficial(page, official.email, smtp, { callbackPath: `/portal/${official.slug}` })
  await page.getByRole('main').getByRole('link', { name: 'Peer groups and cohorts' }).click()
  await expect(page).toHaveURL(new RegExp(`/portal/${official.slug}/groups$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer groups and cohorts')
  await expectNoAxeViolations(page)

  // The first group open to the municipality that it has not asked to join.
  const offer = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Request to join/ }) })
    .first()
  const groupName = ((await offer.getByRole('heading', { level: 3 }).textContent()) ?? '').trim()
  expect(groupName).not.toBe('')
  const notes = await publishedNotes(groupName)
  expect(notes.length).toBeGreaterThan(0)
  await offer.getByRole('button', { name: `Request to join ${groupName}` }).click()
  await expect(page.getByRole('status')).toHaveText('Request sent. The network’s staff will answer by email.')
  const asked = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: groupName }) })
  await expect(asked.getByTestId('group-standing')).toHaveText(
    'Request sent: waiting for the network’s answer',
  )
  await expect(asked.getByRole('button')).toHaveCount(0)

  // Staff approve the request in /admin.
  const staff = await otherBrowser(browser)
  await signInTo(staff, '/admin/groups', await createStaff('EDITOR'))
  await expectNoAxeViolations(staff)
  await staff.getByRole('button', { name: `Approve ${official.name} for ${groupName}` }).click()
  await expect(staff.getByRole('status')).toContainText('Request approved')
  await expect(staff.getByRole('button', { name: `Approve ${official.name} for ${groupName}` })).toHaveCount(
    0,
  )
  const mail = await smtp.waitFor(
    (m) => m.to.includes(official.email) && m.subject === `You have joined ${groupName}`,
  )
  expect(mail.text).toMatch(/\/groups\/[a-z0-9-]+\/space/)
  await staff.context().close()

  // The official reads the notes: from the portal's list to the group's page and its members' space.
  await page.reload()
  const joined = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: groupName }) })
  await expect(joined.getByTestId('group-standing')).toHaveText('Member')
  await joined.getByRole('link', { name: groupName }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(groupName)
  await page.getByRole('link', { name: 'Meetings, notes and documents for members' }).click()
  await expect(page).toHaveURL(/\/groups\/[a-z0-9-]+\/space$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${groupName}: for members`)
  for (const first of notes)
    await expect(page.getByTestId('meeting-notes').filter({ hasText: first })).toHaveCount(1)
  await expect(page.getByRole('table', { name: 'Member municipalities and their officials' })).toContainText(
    official.name,
  )
  await expectNoAxeViolations(page)

  // A signed-out visitor: from the footer to the group, its members (the new one included), no notes.
  const visitor = await otherBrowser(browser)
  await visitor.goto('/')
  await visitor.getByRole('contentinfo').getByRole('link', { name: 'Peer groups and cohorts' }).click()
  await expect(visitor).toHaveURL(/\/groups$/)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Peer groups and topic cohorts')
  await expectNoAxeViolations(visitor)
  await visitor.getByRole('link', { name: groupName }).click()
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(groupName)
  await expect(visitor.getByTestId('group-members')).toContainText(official.name)
  for (const first of notes) await expect(visitor.getByRole('main')).not.toContainText(first)
  await expectNoAxeViolations(visitor)
  await visitor.getByRole('link', { name: 'Meetings, notes and documents for members' }).click()
  await expect(visitor).toHaveURL(/\/signin\?callbackUrl=%2Fgroups%2F[a-z0-9-]+%2Fspace$/)
  await visitor.context().close()
})

test('an editor creates a cohort, adds a meeting, publishes its notes, shares a document, then changes and deletes them', async ({
  page,
  request,
}) => {
  test.setTimeout(budget(120_000))
  const tag = randomBytes(3).toString('hex')
  const name = `Flooding cohort ${tag}`
  const meeting = `Buyouts and relocation ${tag}`
  const email = await createStaff('EDITOR')
  await signInTo(page, '/admin', email)
  await page
    .getByRole('navigation', { name: 'Staff area' })
    .getByRole('link', { name: 'Peer groups' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peer groups')
  await page.getByRole('link', { name: 'Add a group' }).click()
  await page.getByRole('button', { name: 'Create the group' }).click()
  const summary = page.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toContainText('Choose a regional peer group or a topic cohort')
  await expect(summary).toContainText('Select the facilitator')
  await expectNoAxeViolations(page)

  await page.getByRole('radio', { name: 'Topic cohort' }).check()
  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Address').fill(`flooding-cohort-${tag}`)
  await page.getByLabel('Summary').fill('Members facing river flooding compare buyouts and flood maps.')
  await page.getByLabel('Description').fill('Six meetings a year.\n\nOpen to every state.')
  await page.getByLabel('Topic (for a topic cohort)').selectOption('FLOODING')
  await page.getByLabel('Facilitator').selectOption({ label: `E2E EDITOR (${email})` })
  await page.getByLabel('Starts on').fill('2026-01-01')
  await page.getByLabel('Ends on').fill('2031-12-31')
  await page.getByRole('button', { name: 'Create the group' }).click()
  await expect(page).toHaveURL(/\/admin\/groups\/[A-Za-z0-9_-]+\?done=created$/)
  const groupAdmin = page.url().replace(/\?done=created$/, '')
  await expect(page.getByRole('status')).toContainText('Group created')
  await expect(page.getByLabel('Name')).toHaveValue(name)
  await expectNoAxeViolations(page)

  await page
    .getByRole('navigation', { name: 'This group' })
    .getByRole('link', { name: 'Meetings and notes' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Meetings of ${name}`)
  await page.getByLabel('Title').fill(meeting)
  await page.getByLabel('Time zone').selectOption('America/Chicago')
  await page.getByLabel('Starts').fill('2026-03-10T14:00')
  await page.getByLabel('Ends').fill('2026-03-10T15:30')
  await page.getByRole('checkbox', { name: 'Members take part online' }).check()
  await page.getByRole('button', { name: 'Add the meeting' }).click()
  await expect(page.getByRole('status')).toContainText('Meeting added')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: `Publish notes for ${meeting}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Notes: ${meeting}`)
  await expectNoAxeViolations(page)
  await page
    .getByLabel('Notes of the meeting')
    .fill('Three members run voluntary buyouts.\n\nNext: flood maps.')
  await page.getByRole('button', { name: 'Publish the notes' }).click()
  await expect(page.getByRole('status')).toContainText('Notes published')
  await expect(
    page.getByRole('link', { name: new RegExp(`^Published .*: edit for ${meeting}$`) }),
  ).toBeVisible()

  await page.getByRole('navigation', { name: 'This group' }).getByRole('link', { name: 'Documents' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Documents of ${name}`)
  await page.getByLabel('Title').fill('Buyout programs compared')
  await page.getByLabel('File', { exact: true }).setInputFiles({
    name: 'buyouts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('city,homes_bought\nA,40\nB,12\n'),
  })
  await page.getByRole('button', { name: 'Share the document' }).click()
  await expect(page.getByRole('status')).toContainText('Document shared')
  await expectNoAxeViolations(page)
  const href = await page.getByRole('link', { name: 'Buyout programs compared' }).getAttribute('href')
  const download = await page.request.get(href!)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="buyouts.csv"/)
  expect(download.headers()['cache-control']).toBe('private, no-store')
  expect(await download.text()).toBe('city,homes_bought\nA,40\nB,12\n')
  // Anyone else: as for an unknown document.
  expect((await request.get(href!)).status()).toBe(404)

  await page
    .getByRole('navigation', { name: 'This group' })
    .getByRole('link', { name: 'Public page' })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page.getByRole('main')).not.toContainText('voluntary buyouts')
  await page.getByRole('link', { name: 'Meetings, notes and documents for members' }).click()
  await expect(page.getByTestId('meeting-notes')).toContainText('Three members run voluntary buyouts.')
  await expect(page.getByRole('link', { name: 'Buyout programs compared' })).toBeVisible()
  const publicPage = `/groups/flooding-cohort-${tag}`
  expect((await request.get(publicPage)).status()).toBe(200)

  // Staff change the meeting, delete the document (its file goes too), then the group, its name typed to confirm.
  await page.goto(groupAdmin)
  await page
    .getByRole('navigation', { name: 'This group' })
    .getByRole('link', { name: 'Meetings and notes' })
    .click()
  await page.getByRole('link', { name: `Change or delete ${meeting}` }).click()
  const change = page.getByRole('region', { name: 'Change the meeting' })
  await change.getByLabel('Title').fill(`${meeting} (moved)`)
  await change.getByRole('button', { name: 'Save the meeting' }).click()
  await expect(page.getByRole('status')).toContainText('Meeting changed')
  await expect(page.getByRole('main')).toContainText(`${meeting} (moved)`)
  await page.getByRole('navigation', { name: 'This group' }).getByRole('link', { name: 'Documents' }).click()
  await page.getByRole('button', { name: 'Delete Buyout programs compared' }).click()
  await expect(page.getByRole('status')).toContainText('Document deleted')
  expect((await page.request.get(href!)).status()).toBe(404)

  await page.goto(groupAdmin)
  await page.getByRole('link', { name: `Delete ${name}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Delete ${name}?`)
  const confirm = page.getByLabel('Type the group’s name to confirm')
  await confirm.fill('Another group')
  await page.getByRole('button', { name: 'Delete the group' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible()
  await expect(confirm).toHaveValue('Another group')
  await expectNoAxeViolations(page)
  await confirm.fill(name)
  await page.getByRole('button', { name: 'Delete the group' }).click()
  await expect(page.getByRole('status')).toContainText('Group deleted')
  await expect(page.getByRole('main')).not.toContainText(name)
  expect((await request.get(publicPage)).status()).toBe(404)
})
