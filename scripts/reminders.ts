// npm run reminders — for a daily cron. Emails officials of Compact signatories 60, 30 and 7 days before
// each compliance stage's due date and when it becomes overdue; each at most once (ReminderLog). Then reminds
// everyone with a place at a network event starting within 36 hours; each at most once (EventReminderLog). Then
// closes kindly the introduction requests unanswered for 14 days (each once: a status-conditional update), sends
// open requests asked of a pledge's signatory on to the place's officials once it has some (each once), sends
// the contact emails of accepted introductions whose sending failed (each once: claimed, cleared on failure), and
// sends followers of places their daily digest, at most one per follower per day (FollowDigest, decision 0023).
import { sendDeadlineReminders } from '@/server/reminders/send-deadline-reminders'
import { sendEventReminders } from '@/server/events/send-event-reminders'
import { expireIntroductions } from '@/server/introductions/expire-introductions'
import { sendPendingIntroductionContacts } from '@/server/introductions/send-introduction-contacts'
import { passIntroductionsToNewOfficials } from '@/server/introductions/pass-to-new-officials'
import { sendFollowDigests } from '@/server/follows/send-follow-digests'
import { db } from '@/server/db'
import { runJob } from './lib/job-run.mjs'

async function main() {
  const started = Date.now()
  const s = await sendDeadlineReminders({})
  console.log(
    [
      `Reminders: ${s.municipalities} signatories checked in ${Date.now() - started} ms.`,
      `Sent: ${s.sent['60']} at 60 days, ${s.sent['30']} at 30 days, ${s.sent['7']} at 7 days, ${s.sent.overdue} overdue (${s.emails} emails).`,
      `Skipped: ${s.skippedAlreadySent} already sent, ${s.skippedNoOfficials} without a confirmed official; ${s.failed} failed.`,
    ].join('\n'),
  )
  const e = await sendEventReminders({})
  console.log(
    `Event reminders: ${e.events} events starting within 36 hours; sent ${e.sent}, skipped ${e.skippedAlreadySent} already sent; ${e.failed} failed.`,
  )
  const i = await expireIntroductions({})
  console.log(`Introductions: closed ${i.expired} unanswered for 14 days; ${i.failed} closing emails failed.`)
  const p = await passIntroductionsToNewOfficials({})
  console.log(
    `Introductions passed on: ${p.passedOn} asked of a signatory whose place has an official now (${p.emails} emails, ${p.failed} failed).`,
  )
  const c = await sendPendingIntroductionContacts({})
  console.log(
    `Introduction contacts: sent ${c.sent} not sent before; ${c.failed} failed (tried again next run).`,
  )
  const f = await sendFollowDigests({})
  console.log(
    `Follow digests: ${f.eventsRecorded} badge or overdue events recorded; sent ${f.sent}, skipped ${f.skippedAlreadySent} already sent today; ${f.failed} failed. Forgot ${f.removed.pendingFollows} unconfirmed follows, ${f.removed.followers} addresses following nothing, ${f.removed.links} expired links.`,
  )
}

void runJob('reminders', main).finally(() => db.$disconnect())
