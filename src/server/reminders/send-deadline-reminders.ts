import 'server-only'
import { isUniqueViolation } from '@/server/errors'
import { db } from '@/server/db'
import { evaluateCompliance } from '@/lib/domain/compliance'
import { formatDate } from '@/lib/format'
import { siteSettings } from '@/lib/site'
import { COMPLIANCE_BATCH_SIZE, loadComplianceInputs } from '@/server/compliance/load-compliance-inputs'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { officialAddresses } from '@/server/reports/report-emails'
import {
  REMINDER_THRESHOLDS,
  selectReminders,
  type DueReminder,
  type ReminderThreshold,
} from './select-reminders'
import { logger } from '@/server/log'

const log = logger('reminders')

export type ReminderSummary = {
  municipalities: number
  sent: Record<ReminderThreshold, number> // reminders (one per stage and threshold), not emails
  emails: number
  skippedAlreadySent: number
  skippedNoOfficials: number
  failed: number
}

// Every Compact signatory, with the campaign whose approved pledge started its clock.
async function signatories(): Promise<Map<string, { campaignId: string; name: string; slug: string }>> {
  const pledges = await db.pledge.findMany({
    where: { status: 'APPROVED', commitmentDate: { not: null }, campaign: { hasCompliancePath: true } },
    orderBy: [{ commitmentDate: 'asc' }, { id: 'asc' }],
    select: { municipalityId: true, campaignId: true, municipality: { select: { name: true, slug: true } } },
  })
  const byMunicipality = new Map<string, { campaignId: string; name: string; slug: string }>()
  for (const p of pledges)
    if (!byMunicipality.has(p.municipalityId))
      byMunicipality.set(p.municipalityId, { campaignId: p.campaignId, ...p.municipality })
  return byMunicipality
}

function reminderEmail(r: DueReminder, municipalityName: string, slug: string, now: Date) {
  const { siteUrl } = siteSettings()
  const due = formatDate(r.dueDate)
  const overdue = r.threshold === 'overdue'
  const subject = overdue
    ? `${municipalityName}: the ${r.label} stage is overdue (was due ${due})`
    : `${municipalityName}: the ${r.label} stage is due on ${due}`
  const days = Math.round((r.dueDate.getTime() - now.getTime()) / 86_400_000)
  const paragraphs = overdue
    ? [
        `The ${r.label} stage of ${municipalityName}'s compliance path was due on ${due} and is now shown as overdue on its public profile.`,
        'Submit a progress report with the missing evidence in the portal; it counts once our staff verify it.',
      ]
    : [
        `The ${r.label} stage of ${municipalityName}'s compliance path is due on ${due}, in about ${Math.max(days, 0)} days.`,
        'Submit a progress report with the evidence in the portal in good time: our staff verify it before it counts.',
      ]
  return {
    subject,
    paragraphs,
    action: { label: 'Open the reporting portal', url: `${siteUrl}/portal/${slug}` },
  }
}

/**
 * Emails the confirmed officials of every Compact signatory 60, 30 and 7 days before each stage's due
 * date and when it becomes overdue. Each stage and threshold is sent at most once: its ReminderLog row
 * is inserted first, and the unique constraint stops a rerun or a concurrent run from sending again.
 */
export async function sendDeadlineReminders({
  now = new Date(),
}: { now?: Date } = {}): Promise<ReminderSummary> {
  const summary: ReminderSummary = {
    municipalities: 0,
    sent: Object.fromEntries(REMINDER_THRESHOLDS.map((t) => [t, 0])) as Record<ReminderThreshold, number>,
    emails: 0,
    skippedAlreadySent: 0,
    skippedNoOfficials: 0,
    failed: 0,
  }
  const all = await signatories()
  const ids = [...all.keys()]
  summary.municipalities = ids.length
  for (let i = 0; i < ids.length; i += COMPLIANCE_BATCH_SIZE) {
    const batch = ids.slice(i, i + COMPLIANCE_BATCH_SIZE)
    const inputs = await loadComplianceInputs(batch)
    for (const id of batch) {
      const evidence = inputs.get(id)
      if (!evidence) continue
      const due = selectReminders(evaluateCompliance({ ...evidence, now }).stages, now)
      for (const reminder of due) await remind(id, all.get(id)!, reminder, now, summary)
    }
  }
  return summary
}

async function remind(
  municipalityId: string,
  m: { campaignId: string; name: string; slug: string },
  r: DueReminder,
  now: Date,
  summary: ReminderSummary,
) {
  const recipients = await officialAddresses(municipalityId)
  if (recipients.length === 0) {
    summary.skippedNoOfficials += 1
    return
  }
  let logId: string
  try {
    const row = await db.reminderLog.create({
      data: {
        municipalityId,
        campaignId: m.campaignId,
        stage: r.stage,
        threshold: r.threshold,
        dueDate: r.dueDate,
        sentAt: now,
      },
      select: { id: true },
    })
    logId = row.id
  } catch (e) {
    if (!isUniqueViolation(e)) throw e
    summary.skippedAlreadySent += 1
    return
  }
  const { subject, paragraphs, action } = reminderEmail(r, m.name, m.slug, now)
  let delivered = 0
  for (const to of recipients) {
    const { text, html } = renderEmail({
      greeting: to.name ? `Dear ${to.name},` : 'Hello,',
      paragraphs,
      actions: [action],
      footnote: `You receive this reminder as an official of ${m.name}.`,
    })
    try {
      await sendMail({ to: to.email, subject, text, html })
      delivered += 1
    } catch (e) {
      log.error({ err: e }, 'reminder email failed')
    }
  }
  if (delivered === 0) {
    // Nobody got it: forget it, so the next run tries again.
    await db.reminderLog.delete({ where: { id: logId } })
    summary.failed += 1
    return
  }
  summary.sent[r.threshold] += 1
  summary.emails += delivered
}
