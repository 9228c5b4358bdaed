import 'server-only'
import { db } from '@/server/db'
import { isUniqueViolation } from '@/server/errors'
import { logger } from '@/server/log'
import { sendRegistrationEmail } from './event-emails'
import { issueCancelToken } from './issue-cancel-token'

const log = logger('reminders')

/** How far ahead a run reminds: run daily, everyone with a place hears once, the day before (or sooner). */
export const EVENT_REMINDER_WINDOW_MS = 36 * 60 * 60 * 1000

export type EventReminderSummary = {
  events: number
  sent: number
  skippedAlreadySent: number
  failed: number
}

/**
 * Emails everyone with a place at a published event starting within the window a reminder with the .ics and a
 * fresh cancel link. Each registration is reminded at most once: its EventReminderLog row is inserted first,
 * and the unique constraint stops a rerun or a concurrent run from sending again; a failed email forgets it.
 */
export async function sendEventReminders({
  now = new Date(),
}: { now?: Date } = {}): Promise<EventReminderSummary> {
  const summary: EventReminderSummary = { events: 0, sent: 0, skippedAlreadySent: 0, failed: 0 }
  const events = await db.event.findMany({
    where: {
      status: 'PUBLISHED',
      startsAt: { gt: now, lte: new Date(now.getTime() + EVENT_REMINDER_WINDOW_MS) },
    },
    orderBy: { startsAt: 'asc' },
  })
  summary.events = events.length
  for (const event of events) {
    const registrations = await db.eventRegistration.findMany({
      where: { eventId: event.id, status: 'REGISTERED', reminder: null },
      orderBy: { seq: 'asc' },
      select: { id: true, name: true, email: true },
    })
    for (const r of registrations) {
      let logId: string
      try {
        logId = (
          await db.eventReminderLog.create({
            data: { registrationId: r.id, sentAt: now },
            select: { id: true },
          })
        ).id
      } catch (e) {
        if (!isUniqueViolation(e)) throw e
        summary.skippedAlreadySent += 1
        continue
      }
      try {
        const cancelToken = await issueCancelToken(db, { registrationId: r.id, expiresAt: event.endsAt })
        await sendRegistrationEmail({ kind: 'reminder', to: r.email, name: r.name, event, cancelToken })
        summary.sent += 1
      } catch (e) {
        log.error({ err: e }, 'event reminder email failed')
        await db.eventReminderLog.delete({ where: { id: logId } })
        summary.failed += 1
      }
    }
  }
  return summary
}
