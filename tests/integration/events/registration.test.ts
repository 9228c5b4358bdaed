// Network events (issue 17): registering, the waiting list, cancelling by the emailed single-use link (the
// first person waiting is promoted and emailed), the deadline, one registration per address, members-only
// events, the reminder job, the registrations CSV and the /events.ics feed.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, truncateAll } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { formOf, runAction } from '../../helpers/server-actions'
import { confirmedOfficial, staffUser } from '../../fixtures/factories'
import { registerForEvent } from '@/server/events/register-for-event'
import { cancelRegistration } from '@/server/events/cancel-registration'
import { getCancelView } from '@/server/events/get-cancel-view'
import { sendEventReminders } from '@/server/events/send-event-reminders'
import { listPublishedEvents } from '@/server/events/list-published-events'
import { registerForEventAction, cancelRegistrationAction } from '@/app/events/actions'
import { GET as registrationsCsvRoute } from '@/app/admin/events/[id]/registrations.csv/route'
import { GET as eventsIcsRoute } from '@/app/events.ics/route'
import { cancelTokenIn, emailsTo, person, publishedEvent, statuses } from './fixtures'

// A request from JavaScript (a refusal is thrown, not redirected), from one client address.
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'next-action': 'x', 'x-forwarded-for': '203.0.113.7' }),
}))

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

beforeAll(truncateAll)
afterAll(truncateAll)
beforeEach(() => {
  resetExpiredTags()
  signInAs(null)
})

const register = (slug: string, who: ReturnType<typeof person>, user = null) =>
  registerForEvent({ slug, input: who, user })

describe('registering for an event', () => {
  it('gives a place while there is one, then the waiting list; each person is emailed which, in the event’s time', async () => {
    const event = await publishedEvent({ capacity: 2, startsAt: new Date('2031-01-15T19:00:00Z') })
    expect((await register(event.slug, person('a1'))).outcome).toBe('REGISTERED')
    expect(expiredTags).toEqual(['events'])
    expect((await register(event.slug, person('a2'))).outcome).toBe('REGISTERED')
    expect((await register(event.slug, person('a3'))).outcome).toBe('WAITLISTED')
    expect(await statuses(event.id)).toEqual({
      'person-a1@city.gov': 'REGISTERED',
      'person-a2@city.gov': 'REGISTERED',
      'person-a3@city.gov': 'WAITLISTED',
    })
    const [placed] = await emailsTo('person-a1@city.gov')
    expect(placed?.subject).toBe('You are registered: Cooling centers that work')
    // 19:00 UTC in January is 1:00 PM Central Standard Time.
    expect(placed?.text).toContain('When: Wednesday, January 15, 2031, 1:00 PM CST to 3:00 PM CST.')
    expect(placed?.text).toMatch(/\/events\/cancel\/[A-Za-z0-9_-]{43}/)
    const [waiting] = await emailsTo('person-a3@city.gov')
    expect(waiting?.subject).toBe('You are on the waiting list: Cooling centers that work')
    // The public list counts places taken and people waiting.
    const listed = (await listPublishedEvents()).find((e) => e.id === event.id)
    expect(listed).toMatchObject({ registered: 2, waitlisted: 1 })
  })

  it('cancelling by the emailed link frees the place for the first person waiting, who is emailed; the link works once', async () => {
    const event = await publishedEvent({ capacity: 1 })
    await register(event.slug, person('b1'))
    await register(event.slug, person('b2'))
    await register(event.slug, person('b3'))
    const token = cancelTokenIn((await emailsTo('person-b1@city.gov'))[0]!.text)
    // Opening the link (a mail scanner does) changes nothing.
    expect(await getCancelView({ token })).toMatchObject({ state: 'valid', status: 'REGISTERED' })
    resetExpiredTags()
    expect(await runAction(cancelRegistrationAction(formOf({ token })))).toBe(
      `redirect:/events/cancelled?event=${event.slug}`,
    )
    expect(expiredTags).toEqual(['events'])
    expect(await statuses(event.id)).toEqual({
      'person-b1@city.gov': 'CANCELLED',
      'person-b2@city.gov': 'REGISTERED',
      'person-b3@city.gov': 'WAITLISTED',
    })
    const promoted = await emailsTo('person-b2@city.gov')
    expect(promoted.map((m) => m.subject)).toEqual([
      'You are on the waiting list: Cooling centers that work',
      'A place is yours: Cooling centers that work',
    ])
    // The promoted person's own link cancels their place in turn, and the next in the queue moves up.
    expect(await cancelRegistration({ token: cancelTokenIn(promoted[1]!.text) })).toMatchObject({
      state: 'cancelled',
      promoted: 1,
    })
    expect((await statuses(event.id))['person-b3@city.gov']).toBe('REGISTERED')
    // The first link again: used, nothing changes.
    expect(await cancelRegistration({ token })).toEqual({ state: 'used' })
    expect(await getCancelView({ token })).toEqual({ state: 'used' })
    expect(await runAction(cancelRegistrationAction(formOf({ token: 'x'.repeat(43) })))).toBe(
      'redirect:/events/cancelled?state=invalid',
    )
    const audit = await db.auditLog.findMany({ where: { action: 'event-registration.cancel' } })
    expect(audit).toHaveLength(2)
  })

  it('leaving the waiting list promotes nobody; re-registering after cancelling joins the end of the queue', async () => {
    const event = await publishedEvent({ capacity: 1 })
    await register(event.slug, person('c1'))
    await register(event.slug, person('c2'))
    await register(event.slug, person('c3'))
    await cancelRegistration({ token: cancelTokenIn((await emailsTo('person-c2@city.gov'))[0]!.text) })
    expect(await statuses(event.id)).toMatchObject({
      'person-c1@city.gov': 'REGISTERED',
      'person-c2@city.gov': 'CANCELLED',
      'person-c3@city.gov': 'WAITLISTED',
    })
    expect((await register(event.slug, person('c2'))).outcome).toBe('WAITLISTED')
    await cancelRegistration({ token: cancelTokenIn((await emailsTo('person-c1@city.gov'))[0]!.text) })
    expect(await statuses(event.id)).toMatchObject({
      'person-c3@city.gov': 'REGISTERED',
      'person-c2@city.gov': 'WAITLISTED',
    })
  })

  it('refuses after the registration deadline, with the deadline in the event’s time zone, at the form', async () => {
    const startsAt = new Date(Date.now() + 2 * HOUR)
    const event = await publishedEvent({ startsAt, registrationDeadline: new Date(Date.now() - HOUR) })
    const answer = await runAction(
      registerForEventAction(null, formOf({ event: event.slug, ...person('d1') })),
    )
    expect(answer).toMatchObject({
      formError: expect.stringMatching(/^Registration for this event closed on .+ C[DS]T\.$/),
      values: person('d1'),
    })
    expect(await db.eventRegistration.count({ where: { eventId: event.id } })).toBe(0)
  })

  it('one registration per address: a second attempt changes nothing, answers the same and emails the owner', async () => {
    const event = await publishedEvent()
    const first = await runAction(
      registerForEventAction(null, formOf({ event: event.slug, ...person('e1') })),
    )
    const again = await runAction(
      registerForEventAction(
        null,
        formOf({ event: event.slug, ...person('e1'), email: ' Person-E1@City.gov ', name: 'Someone Else' }),
      ),
    )
    // Whoever typed the address learns nothing from the page: the answer is "check your inbox" both times.
    expect(first).toMatchObject({ sent: true, fieldErrors: {} })
    expect(again).toMatchObject({ sent: true, fieldErrors: {} })
    expect(await db.eventRegistration.count({ where: { eventId: event.id } })).toBe(1)
    const mails = await emailsTo('person-e1@city.gov')
    expect(mails.map((m) => m.subject)).toEqual([
      'You are registered: Cooling centers that work',
      'You are already registered: Cooling centers that work',
    ])
    // Addressed with the name first given, not the one typed by whoever tried again.
    expect(mails[1]?.text).toContain('Dear Person e1,')
  })

  it('answers bad input at the fields, keeps what was typed, and drops a bot’s submission (honeypot)', async () => {
    const event = await publishedEvent()
    const bad = await runAction(
      registerForEventAction(
        null,
        formOf({ event: event.slug, name: '', email: 'not-an-email', organisation: 'X' }),
      ),
    )
    expect(bad).toMatchObject({
      fieldErrors: { name: 'Enter your name', email: expect.stringContaining('correct format') },
      values: { email: 'not-an-email', organisation: 'X' },
    })
    const bot = await runAction(
      registerForEventAction(null, formOf({ event: event.slug, ...person('f1'), website: 'http://spam' })),
    )
    expect(bot).toMatchObject({ sent: true })
    expect(await db.eventRegistration.count({ where: { eventId: event.id } })).toBe(0)
    // An unknown or draft event is a missing page.
    const draft = await publishedEvent({ status: 'DRAFT' })
    await expect(
      registerForEventAction(null, formOf({ event: draft.slug, ...person('f2') })),
    ).rejects.toMatchObject({ digest: expect.stringContaining('404') })
  })

  it('members-only events: refused for anonymous visitors and unconfirmed accounts; an official registers with their account’s address', async () => {
    const event = await publishedEvent({ audience: 'MEMBERS' })
    expect(
      await runAction(registerForEventAction(null, formOf({ event: event.slug, ...person('g1') }))),
    ).toBe('UNAUTHENTICATED')
    const unconfirmed = await staffUser(db, 'OFFICIAL', { email: 'unconfirmed@town.gov' })
    signInAs(unconfirmed)
    expect(
      await runAction(registerForEventAction(null, formOf({ event: event.slug, ...person('g2') }))),
    ).toBe('FORBIDDEN')
    const { official } = await confirmedOfficial(db, { email: 'mayor@member.gov' })
    signInAs(official)
    expect(
      await runAction(registerForEventAction(null, formOf({ event: event.slug, ...person('g3') }))),
    ).toMatchObject({ sent: true })
    const rows = await db.eventRegistration.findMany({ where: { eventId: event.id } })
    expect(rows.map((r) => [r.email, r.userId, r.status])).toEqual([
      ['mayor@member.gov', official.id, 'REGISTERED'],
    ])
  })
})

describe('reminders the day before', () => {
  it('emails everyone with a place once, however often the job runs; not the waiting list, not later events', async () => {
    const now = new Date()
    const soon = await publishedEvent({
      capacity: 2,
      startsAt: new Date(now.getTime() + 20 * HOUR),
      registrationDeadline: new Date(now.getTime() + 10 * HOUR),
    })
    const later = await publishedEvent({ startsAt: new Date(now.getTime() + 3 * DAY) })
    for (const n of ['h1', 'h2', 'h3']) await register(soon.slug, person(n))
    await register(later.slug, person('h4'))
    const first = await sendEventReminders({ now })
    expect(first).toMatchObject({ sent: 2, skippedAlreadySent: 0, failed: 0 })
    const second = await sendEventReminders({ now: new Date(now.getTime() + HOUR) })
    expect(second).toMatchObject({ sent: 0, failed: 0 })
    const subjects = async (to: string) => (await emailsTo(to)).map((m) => m.subject)
    expect(await subjects('person-h1@city.gov')).toContain('Coming up: Cooling centers that work')
    expect((await subjects('person-h1@city.gov')).filter((s) => s.startsWith('Coming up'))).toHaveLength(1)
    expect(await subjects('person-h3@city.gov')).not.toContain('Coming up: Cooling centers that work')
    expect(await subjects('person-h4@city.gov')).not.toContain('Coming up: Cooling centers that work')
    expect(await db.eventReminderLog.count()).toBe(2)
    // The reminder's own cancel link works.
    const reminder = (await emailsTo('person-h1@city.gov')).find((m) => m.subject.startsWith('Coming up'))!
    expect(await cancelRegistration({ token: cancelTokenIn(reminder.text) })).toMatchObject({
      state: 'cancelled',
    })
  })
})

describe('the joining link of an online event', () => {
  it('goes to people with a place only (registering, promoted, reminded), never to the site or its feed', async () => {
    const now = new Date()
    const JOIN = 'https://meet.example.org/cool-centers-2031'
    const event = await publishedEvent({
      capacity: 1,
      startsAt: new Date(now.getTime() + 20 * HOUR),
      registrationDeadline: new Date(now.getTime() + 10 * HOUR),
    })
    await register(event.slug, person('j1'))
    await register(event.slug, person('j2'))
    // Not set yet: the confirmation promises it by email.
    // Texts with their lines joined (the emails wrap at 72 characters).
    const flat = (text: string | undefined) => text?.replace(/\s+/g, ' ')
    const [placed] = await emailsTo('person-j1@city.gov')
    expect(flat(placed?.text)).toContain('Online (we email the joining link before the event)')
    expect(flat(placed?.text)).not.toContain('Join online')
    await db.event.update({ where: { id: event.id }, data: { joinUrl: JOIN } })
    await register(event.slug, person('j3'))
    for (const to of ['person-j2@city.gov', 'person-j3@city.gov'])
      expect((await emailsTo(to)).map((m) => m.text).join('\n')).not.toContain(JOIN)
    // The reminder carries it to the person with a place; the waiting list hears nothing.
    await sendEventReminders({ now })
    const reminder = (await emailsTo('person-j1@city.gov')).find((m) => m.subject.startsWith('Coming up'))
    expect(flat(reminder?.text)).toContain(`Join online: ${JOIN}`)
    // Promoted when the place frees: the promotion email has it.
    await cancelRegistration({ token: cancelTokenIn(reminder!.text) })
    const promoted = (await emailsTo('person-j2@city.gov')).find((m) =>
      m.subject.startsWith('A place is yours'),
    )
    expect(flat(promoted?.text)).toContain(`Join online: ${JOIN}`)
    // Nothing public holds it: the cached list's data and the iCalendar feed.
    expect(JSON.stringify(await listPublishedEvents())).not.toContain(JOIN)
    expect(await (await eventsIcsRoute()).text()).not.toContain('meet.example.org')
  })
})

describe('the registrations CSV', () => {
  it('is for staff with event.edit only, and quotes cells a spreadsheet would run as formulas', async () => {
    const event = await publishedEvent({ capacity: 1 })
    await register(event.slug, { ...person('i1'), name: '=HYPERLINK("http://evil","x")' })
    await register(event.slug, person('i2'))
    const get = () =>
      registrationsCsvRoute(new Request(`http://x/admin/events/${event.id}/registrations.csv`), {
        params: Promise.resolve({ id: event.id }),
      })
    signInAs(null)
    expect((await get()).status).toBe(401)
    signInAs(await staffUser(db, 'MODERATOR'))
    expect((await get()).status).toBe(403)
    signInAs(await staffUser(db, 'OFFICIAL'))
    expect((await get()).status).toBe(403)
    signInAs(await staffUser(db, 'EDITOR'))
    const ok = await get()
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(ok.headers.get('cache-control')).toBe('private, no-store')
    const lines = (await ok.text()).split('\r\n')
    expect(lines[0]).toBe(
      'name,email,organisation,status,waiting_list_position,attended,registered_at,promoted_at,cancelled_at',
    )
    expect(lines[1]).toMatch(
      /^"'=HYPERLINK\(""http:\/\/evil"",""x""\)",person-i1@city\.gov,City of Duluth,registered,,false,/,
    )
    expect(lines[2]).toMatch(/^Person i2,person-i2@city\.gov,City of Duluth,waitlisted,1,,/)
    expect(
      await db.auditLog.count({ where: { action: 'event.export-registrations', entityId: event.id } }),
    ).toBe(1)
  })
})

describe('/events.ics', () => {
  it('is a valid iCalendar feed of published public events, in UTC, without members-only or draft events', async () => {
    await truncateAll()
    const pub = await publishedEvent({ title: 'Public webinar', startsAt: new Date('2031-06-03T15:00:00Z') })
    await publishedEvent({ title: 'Members summit', audience: 'MEMBERS' })
    await publishedEvent({ title: 'Draft webinar', status: 'DRAFT' })
    const res = await eventsIcsRoute()
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const body = await res.text()
    // RFC 5545: CRLF line ends, lines folded at 75 octets, one VCALENDAR with VERSION and PRODID.
    const lines = body.split('\r\n').filter(Boolean)
    expect(body.endsWith('\r\n')).toBe(true)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines.at(-1)).toBe('END:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true)
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75)
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    const unfolded = body.replace(/\r\n[ \t]/g, '')
    expect(unfolded).toContain('SUMMARY:Public webinar')
    expect(unfolded).toContain(`UID:event-${pub.id}@`)
    expect(unfolded).toContain('DTSTART:20310603T150000Z')
    expect(unfolded).toContain('DTEND:20310603T170000Z')
    expect(unfolded).toMatch(/DTSTAMP:\d{8}T\d{6}Z/)
    expect(unfolded).toContain(`URL;VALUE=URI:`)
    expect(unfolded).not.toContain('Members summit')
    expect(unfolded).not.toContain('Draft webinar')
  })
})
