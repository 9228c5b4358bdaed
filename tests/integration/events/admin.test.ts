// Staff publish events (times typed in the event's zone, stored in UTC), see them on /events at once (tag
// `events`), raise a capacity (the people waiting move up, in order, and are emailed), and take attendance.
// The confirmation email carries the event as an .ics file (by SMTP, to a real test mail server).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, truncateAll } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { formOf, runAction } from '../../helpers/server-actions'
import { startSmtpServer } from '../../helpers/smtp'
import { staffUser } from '../../fixtures/factories'
import { eventSchema } from '@/schemas/events'
import { saveEvent } from '@/server/events/save-event'
import { setEventStatus } from '@/server/events/set-event-status'
import { getEventForEdit } from '@/server/events/get-event-for-edit'
import { listPublishedEvents } from '@/server/events/list-published-events'
import { registerForEvent } from '@/server/events/register-for-event'
import { saveEventAction, setAttendanceAction } from '@/app/admin/events/actions'
import { emailsTo, person, publishedEvent, statuses } from './fixtures'

let editor: { id: string }
beforeAll(async () => {
  await truncateAll()
  editor = await staffUser(db, 'EDITOR')
})
afterAll(truncateAll)
beforeEach(() => {
  resetExpiredTags()
  signInAs(editor)
})

const fields = {
  title: 'Study visit: district energy in Duluth',
  summary: 'A day at the plant.',
  description: 'Morning at the plant.\r\n\r\nAfternoon with the council.',
  type: 'STUDY_VISIT',
  timeZone: 'America/Chicago',
  // 2031: daylight saving time from March 9, so 9:00 on March 16 is CDT (UTC-5).
  startsAt: '2031-03-16T09:00',
  endsAt: '2031-03-16T16:00',
  registrationDeadline: '2031-03-14T17:00',
  online: '',
  place: 'Duluth City Hall, 411 W 1st St, Duluth, MN',
  capacity: '2',
  audience: 'PUBLIC',
}

describe('events in admin', () => {
  it('stores the times typed in the event’s zone in UTC, shows them back as typed; publishing shows it on /events', async () => {
    const { id } = await saveEvent({ input: eventSchema.parse(fields), editor })
    const row = await db.event.findUniqueOrThrow({ where: { id } })
    expect(row.startsAt.toISOString()).toBe('2031-03-16T14:00:00.000Z')
    expect(row.registrationDeadline.toISOString()).toBe('2031-03-14T22:00:00.000Z')
    expect(row.slug).toBe('study-visit-district-energy-in-duluth-2031-03-16')
    expect((await getEventForEdit({ id }))?.values).toMatchObject({
      startsAt: '2031-03-16T09:00',
      endsAt: '2031-03-16T16:00',
      description: 'Morning at the plant.\n\nAfternoon with the council.',
    })
    expect((await listPublishedEvents()).map((e) => e.id)).not.toContain(id)
    await setEventStatus({ id, status: 'PUBLISHED', editor })
    expect(expiredTags).toEqual(['events'])
    expect((await listPublishedEvents()).map((e) => e.id)).toContain(id)
    const audit = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' } })
    expect(audit.map((a) => a.action)).toEqual(['event.create', 'event.publish'])
  })

  it('answers bad input by the field: an end before the start, a deadline after it, no place for an in-person event', async () => {
    const answer = await runAction(
      saveEventAction(
        null,
        formOf({
          ...fields,
          endsAt: '2031-03-16T08:00',
          registrationDeadline: '2031-03-17T08:00',
          place: '',
        }),
      ),
    )
    expect(answer).toMatchObject({
      fieldErrors: {
        endsAt: 'The end must be after the start',
        registrationDeadline: 'The registration deadline must be no later than the start',
        place: 'Enter where the event takes place, or tick “Online”',
      },
      values: { endsAt: '2031-03-16T08:00', place: '' },
    })
    // 2:30 on March 9, 2031 does not exist in Chicago (clocks go from 2:00 to 3:00).
    const skipped = await runAction(
      saveEventAction(
        null,
        formOf({ ...fields, startsAt: '2031-03-09T02:30', registrationDeadline: '2031-03-08T10:00' }),
      ),
    )
    expect(skipped).toMatchObject({ fieldErrors: { startsAt: expect.stringContaining('daylight-saving') } })
    // A joining link: https only, and for an event people can join online.
    const links = async (online: string, joinUrl: string) =>
      runAction(saveEventAction(null, formOf({ ...fields, online, joinUrl })))
    expect(await links('yes', 'http://meet.example.org/x')).toMatchObject({
      fieldErrors: { joinUrl: expect.stringContaining('https://') },
      values: { joinUrl: 'http://meet.example.org/x' },
    })
    expect(await links('', 'https://meet.example.org/x')).toMatchObject({
      fieldErrors: { joinUrl: expect.stringContaining('tick “Online”') },
    })
    signInAs(await staffUser(db, 'MODERATOR'))
    expect(await runAction(saveEventAction(null, formOf(fields)))).toBe('FORBIDDEN')
  })

  it('a larger capacity gives the new places to the people waiting, in order, and emails them', async () => {
    const event = await publishedEvent({ capacity: 1 })
    for (const n of ['k1', 'k2', 'k3', 'k4'])
      await registerForEvent({ slug: event.slug, input: person(n), user: null })
    const values = (await getEventForEdit({ id: event.id }))!.values
    await saveEvent({ id: event.id, input: eventSchema.parse({ ...values, capacity: '3' }), editor })
    expect(await statuses(event.id)).toEqual({
      'person-k1@city.gov': 'REGISTERED',
      'person-k2@city.gov': 'REGISTERED',
      'person-k3@city.gov': 'REGISTERED',
      'person-k4@city.gov': 'WAITLISTED',
    })
    expect((await emailsTo('person-k3@city.gov')).map((m) => m.subject)).toContain(
      'A place is yours: Cooling centers that work',
    )
  })

  it('attendance: ticked boxes mark who came, unticked ones unmark (one form, no JavaScript needed)', async () => {
    const event = await publishedEvent({ capacity: 2 })
    for (const n of ['m1', 'm2', 'm3'])
      await registerForEvent({ slug: event.slug, input: person(n), user: null })
    const rows = await db.eventRegistration.findMany({
      where: { eventId: event.id },
      orderBy: { seq: 'asc' },
    })
    const [a, b, waiting] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]]
    const save = (attended: string[]) =>
      runAction(setAttendanceAction(formOf({ eventId: event.id, attended })))
    expect(await save([a.id, b.id, waiting.id])).toBe(
      `redirect:/admin/events/${event.id}/registrations?done=attendance&changed=2`,
    )
    expect(await save([b.id])).toBe(
      `redirect:/admin/events/${event.id}/registrations?done=attendance&changed=1`,
    )
    const after = await db.eventRegistration.findMany({
      where: { eventId: event.id },
      orderBy: { seq: 'asc' },
    })
    // The waiting list cannot be marked as attended.
    expect(after.map((r) => r.attended)).toEqual([false, true, false])
    expect(await db.auditLog.count({ where: { action: 'event.attendance', entityId: event.id } })).toBe(2)
  })
})

describe('the confirmation email by SMTP', () => {
  it('has the event as an .ics attachment and a cancel link', async () => {
    const smtp = await startSmtpServer()
    try {
      vi.resetModules()
      vi.stubEnv('SMTP_URL', smtp.url)
      const fresh = await import('@/server/events/register-for-event')
      const event = await publishedEvent({ startsAt: new Date('2031-01-15T19:00:00Z') })
      await fresh.registerForEvent({ slug: event.slug, input: person('smtp'), user: null })
      const mail = await smtp.waitFor((m) => m.to.includes('person-smtp@city.gov'))
      expect(mail.subject).toBe('You are registered: Cooling centers that work')
      expect(mail.text).toMatch(/\/events\/cancel\/[A-Za-z0-9_-]{43}/)
      const part = /Content-Type: text\/calendar[^\r\n]*(?:\r?\n[^\r\n]+)*\r?\n\r?\n([\s\S]*?)\r?\n--/i.exec(
        mail.raw,
      )
      expect(mail.raw).toMatch(/filename="?event\.ics"?/)
      const headers = mail.raw.slice(mail.raw.search(/Content-Type: text\/calendar/i)).split(/\r?\n\r?\n/)[0]!
      const body = part?.[1] ?? ''
      const ics = /base64/i.test(headers)
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body
      expect(ics).toContain('BEGIN:VCALENDAR')
      expect(ics).toContain('DTSTART:20310115T190000Z')
      expect(ics.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Cooling centers that work')
      // With SMTP the outbox keeps who and what, never the body with its link.
      const [kept] = await emailsTo('person-smtp@city.gov')
      expect(kept?.text).toBe('')
    } finally {
      vi.unstubAllEnvs()
      await smtp.close()
    }
  })
})
