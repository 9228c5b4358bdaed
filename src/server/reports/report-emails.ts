import 'server-only'
import { db } from '@/server/db'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { siteSettings } from '@/lib/site'
import { logger } from '@/server/log'

const log = logger('reports')

/** Email addresses of a municipality's confirmed, active officials. */
export async function officialAddresses(
  municipalityId: string,
): Promise<{ email: string; name: string | null }[]> {
  const rows = await db.municipalityOfficial.findMany({
    where: { municipalityId, confirmed: true, user: { active: true } },
    select: { user: { select: { email: true, name: true } } },
    orderBy: { createdAt: 'asc' },
  })
  return rows.map((r) => r.user)
}

type Context = {
  municipalityId: string
  municipalityName: string
  slug: string
  accountingYear: number
}

async function sendToOfficials(
  ctx: Context,
  subject: string,
  paragraphs: string[],
  action: { label: string; url: string },
) {
  const recipients = await officialAddresses(ctx.municipalityId)
  for (const r of recipients) {
    const { text, html } = renderEmail({
      greeting: r.name ? `Dear ${r.name},` : 'Hello,',
      paragraphs,
      actions: [action],
      footnote: `You receive this email as an official of ${ctx.municipalityName} on our reporting portal.`,
    })
    await sendMail({ to: r.email, subject, text, html }).catch((e) =>
      log.error({ err: e }, 'report email failed'),
    )
  }
  return recipients.length
}

export function sendReportVerifiedEmails(ctx: Context) {
  const { siteUrl } = siteSettings()
  return sendToOfficials(
    ctx,
    `The ${ctx.accountingYear} progress report of ${ctx.municipalityName} is verified`,
    [
      `Our staff have verified the ${ctx.accountingYear} progress report of ${ctx.municipalityName}.`,
      'Its inventory, hazards and actions are now public on your municipality’s profile, and its compliance stage has been updated.',
    ],
    { label: 'See the public profile', url: `${siteUrl}/members/${ctx.slug}` },
  )
}

export function sendReportReturnedEmails(ctx: Context & { feedback: string }) {
  const { siteUrl } = siteSettings()
  return sendToOfficials(
    ctx,
    `The ${ctx.accountingYear} progress report of ${ctx.municipalityName} needs changes`,
    [
      `Our staff have returned the ${ctx.accountingYear} progress report of ${ctx.municipalityName} for changes.`,
      `Their feedback: ${ctx.feedback}`,
      'Please change the report in the portal and submit it again.',
    ],
    { label: 'Open the report', url: `${siteUrl}/portal/${ctx.slug}/reports/${ctx.accountingYear}` },
  )
}
