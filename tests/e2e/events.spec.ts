// Network events end to end, JS on and off: a visitor goes from the home page's navigation to /events, filters
// the webinars, opens an upcoming one, registers, gets the confirmation email (with the event as an .ics file
// and a cancel link) by SMTP, cancels by the link, and the event's places left follow each step (tag `events`).
// A members-only event tells anonymous visitors how to get access instead of offering the form.
import { randomBytes } from 'node:crypto'
import { expect, test, type Page } from '@playwright/test'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'
import { e2eSmtpPort } from './helpers/e2e-env.mjs'
import { expectNoAxeViolations } from './helpers/axe'
import { createStaff, signInTo } from './helpers/staff'

let smtp: TestSmtpServer
test.beforeAll(async () => {
  smtp = await startSmtpServer(e2eSmtpPort)
})
test.afterAll(async () => {
  await smtp.close()
})

const WEBINAR = 'Cooling centers that work: lessons from three summers'

async function placesLeft(page: Page): Promise<number> {
  const text = (await page.getByTestId('event-places').textContent()) ?? ''
  const m = /^(\d+) of 300 places left$/.exec(text.trim())
  expect(m, `places: ${text}`).not.toBeNull()
  return Number(m![1])
}

test('a visitor registers for an upcoming webinar, gets the email with the .ics, and cancels by its link', async ({
  page,
}) => {
  const email = `visitor-${randomBytes(4).toString('hex')}@example.net`
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: 'Events', exact: true }).click()
  await expect(page).toHaveURL(/\/events$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Network events')
  await expect(page.getByRole('heading', { level: 2, name: 'Past events' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page
    .getByRole('navigation', { name: 'Kinds of event' })
    .getByRole('link', { name: 'Webinars' })
    .click()
  await expect(page).toHaveURL(/\/events\?type=webinar$/)
  const upcoming = page.getByRole('region', { name: 'Upcoming webinars' })
  // Only webinars: the study visit is filtered out.
  await expect(upcoming.getByRole('link', { name: /Study visit/ })).toHaveCount(0)
  await upcoming.getByRole('link', { name: WEBINAR }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WEBINAR)
  // The local time with its zone's abbreviation.
  await expect(page.getByRole('time').first()).toHaveText(/, \d{1,2}:\d{2} (AM|PM) C[DS]T to /)
  const before = await placesLeft(page)
  await expectNoAxeViolations(page)

  const eventUrl = page.url()
  await page.getByLabel('Your name').fill('Robin Visitor')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Organisation').fill('City of Ithaca')
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('status')).toContainText('Check your inbox')
  await expect(page.getByRole('status')).toContainText(email)

  const mail = await smtp.waitFor((m) => m.to.includes(email))
  expect(mail.subject).toBe(`You are registered: ${WEBINAR}`)
  expect(mail.raw).toMatch(/Content-Type: text\/calendar/i)
  expect(mail.raw).toMatch(/filename="?event\.ics"?/)
  // The joining link of the online webinar is in the email, never on the page.
  const joinUrl = /https:\/\/meet\.example\.org\/\S+/.exec(mail.text)?.[0]
  expect(joinUrl).toBeTruthy()
  expect(await page.content()).not.toContain('meet.example.org')
  const cancelUrl = /https?:\/\/\S+\/events\/cancel\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0]
  expect(cancelUrl).toBeTruthy()

  // The place is taken: the event page says so on the next request.
  await page.goto(eventUrl)
  expect(await placesLeft(page)).toBe(before - 1)

  await page.goto(cancelUrl!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cancel your place')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Cancel my place' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your registration is cancelled')
  await expect(page.getByRole('main')).toContainText(`You are no longer registered for ${WEBINAR}.`)
  await expectNoAxeViolations(page)

  // The link worked once.
  await page.goto(cancelUrl!)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This registration is already cancelled')

  await page.goto('/events')
  await page.getByRole('region', { name: 'Upcoming events' }).getByRole('link', { name: WEBINAR }).click()
  expect(await placesLeft(page)).toBe(before)
})

test('the list and each kind of event are served from the cache; the internal views are not addressable', async ({
  request,
}) => {
  for (const path of ['/events', '/events?type=study-visit']) {
    await request.get(path)
    const again = await request.get(path)
    expect([path, again.status(), again.headers()['x-nextjs-cache']]).toEqual([path, 200, 'HIT'])
    expect(await again.text()).toContain('Network events')
  }
  const key = Buffer.from('type=study-visit').toString('base64url')
  expect((await request.get(`/_views/events/${key}`)).status()).toBe(404)
})

test('a members-only event tells an anonymous visitor how to get access, without a form', async ({
  page,
}) => {
  await page.goto('/events')
  await page
    .getByRole('region', { name: 'Upcoming events' })
    .getByRole('link', { name: 'Members’ summit: from plans to funded projects' })
    .click()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await page.getByRole('link', { name: 'Register as a member' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Register: Members’ summit/)
  await expect(page.getByRole('main')).toContainText('This event is for officials of member municipalities')
  await expect(page.getByRole('main').getByRole('link', { name: 'sign in', exact: true })).toHaveAttribute(
    'href',
    /^\/signin\?callbackUrl=/,
  )
  await expect(page.getByRole('link', { name: 'signing a campaign pledge' })).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('an editor publishes an event (times in its zone), takes attendance and downloads the registrations', async ({
  page,
}) => {
  const title = `Flood maps clinic ${randomBytes(3).toString('hex')}`
  await signInTo(page, '/admin', await createStaff('EDITOR'))
  await page.getByRole('navigation', { name: 'Staff area' }).getByRole('link', { name: 'Events' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events')
  await page.getByRole('link', { name: 'Add an event' }).click()
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Summary').fill('Reading the new flood maps with the resilience desk.')
  await page.getByLabel('Description').fill('An hour on the maps.\n\nBring your questions.')
  await page.getByRole('radio', { name: 'Webinar' }).check()
  await page.getByLabel('Time zone').selectOption('America/New_York')
  await page.getByLabel('Starts').fill('2031-05-20T14:00')
  await page.getByLabel('Ends').fill('2031-05-20T13:00')
  await page.getByLabel('Registration deadline').fill('2031-05-19T17:00')
  await page.getByLabel('Places').fill('40')
  await page.getByRole('button', { name: 'Save as a draft' }).click()
  // Refused: the end before the start, no place and not online. Said at the top and at each field.
  const summary = page.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toContainText('The end must be after the start')
  await expect(summary).toContainText('Enter where the event takes place, or tick “Online”')
  await expect(page.getByLabel('Title')).toHaveValue(title)
  await expectNoAxeViolations(page)
  await page.getByLabel('Ends').fill('2031-05-20T15:00')
  await page.getByRole('checkbox', { name: /People can take part online/ }).check()
  await page.getByRole('button', { name: 'Save as a draft' }).click()
  await expect(page).toHaveURL(/\/admin\/events\/[a-z0-9]+\?done=created$/)
  await expect(page.getByLabel('Starts')).toHaveValue('2031-05-20T14:00')
  await page.getByRole('button', { name: 'Publish this event' }).click()
  await expect(page.getByTestId('event-status')).toContainText('Published')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'See it on the events page' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('time').first()).toHaveText('Tuesday, May 20, 2031, 2:00 PM EDT to 3:00 PM EDT')

  // Attendance at a past event, one form of checkboxes.
  await page.goto('/admin/events')
  await page.getByRole('link', { name: /for A first greenhouse gas inventory in 90 days$/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Registrations: A first greenhouse gas/)
  await expectNoAxeViolations(page)
  const box = page.getByRole('checkbox', { name: 'Avery Chen attended' })
  const was = await box.isChecked()
  await box.setChecked(!was)
  await page.getByRole('button', { name: 'Save attendance' }).click()
  await expect(page.getByRole('main')).toContainText('Attendance saved (1 changed).')
  await expect(page.getByRole('checkbox', { name: 'Avery Chen attended' })).toBeChecked({ checked: !was })

  const href = await page.getByRole('link', { name: 'Download the registrations (CSV)' }).getAttribute('href')
  const csv = await page.request.get(href!)
  expect(csv.status()).toBe(200)
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8')
  expect((await csv.text()).split('\r\n')[0]).toBe(
    'name,email,organisation,status,waiting_list_position,attended,registered_at,promoted_at,cancelled_at',
  )
})
