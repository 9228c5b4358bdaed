import 'server-only'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { siteSettings } from '@/lib/site'
import { formatDate } from '@/lib/format'
import { addYearsUtc, COMPLIANCE_STAGES } from '@/lib/domain/compliance'

export type PledgeEmailContext = {
  to: string
  signatoryName: string
  municipalityName: string
  campaignName: string
  withdrawToken?: string
}

const link = (path: string) => `${siteSettings().siteUrl}${path}`

function withdrawAction(token?: string) {
  return token ? [{ label: 'Withdraw this pledge', url: link(`/pledge/withdraw/${token}`) }] : []
}

function send(
  ctx: PledgeEmailContext,
  subject: string,
  paragraphs: string[],
  actions: { label: string; url: string }[],
) {
  const { text, html } = renderEmail({
    greeting: `Dear ${ctx.signatoryName},`,
    paragraphs,
    actions: [...actions, ...withdrawAction(ctx.withdrawToken)],
    footnote: 'You receive this email because this address was entered on our pledge form.',
  })
  return sendMail({ to: ctx.to, subject, text, html })
}

export function sendConfirmEmail(ctx: PledgeEmailContext & { confirmToken: string }) {
  return send(
    ctx,
    `Confirm the ${ctx.campaignName} pledge for ${ctx.municipalityName}`,
    [
      `Thank you for signing the ${ctx.campaignName} pledge for ${ctx.municipalityName}.`,
      'Please confirm your email address within 48 hours. Our staff then review the pledge.',
      'If you did not sign, ignore this email: nothing is published without confirmation.',
    ],
    [{ label: 'Confirm your pledge', url: link(`/pledge/confirm/${ctx.confirmToken}`) }],
  )
}

export function sendDuplicateNotice(ctx: PledgeEmailContext) {
  return send(
    ctx,
    `Someone tried to sign the ${ctx.campaignName} pledge for ${ctx.municipalityName} again`,
    [
      `Someone tried to sign the ${ctx.campaignName} pledge for ${ctx.municipalityName}, which you have already signed.`,
      'Nothing has changed. If this was a colleague, they do not need to sign again.',
    ],
    [],
  )
}

/**
 * What is due first after approval: on the Compact's compliance path the earliest stages after the
 * commitment (GHG inventory, climate hazards: a year on); other campaigns' signatories report once a year.
 */
function firstDeadline({ hasCompliancePath, approvedAt }: { hasCompliancePath: boolean; approvedAt: Date }) {
  if (!hasCompliancePath)
    return { what: 'your first annual progress report', due: addYearsUtc(approvedAt, 1), reminded: false }
  const years = Math.min(...COMPLIANCE_STAGES.filter((s) => s.years > 0).map((s) => s.years))
  // "GHG inventory" keeps its capitals; "Climate hazards" reads on in lower case.
  const stages = COMPLIANCE_STAGES.filter((s) => s.years === years).map((s) =>
    s.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()),
  )
  return {
    what: `the ${stages.join(' and the list of ')} (the first stages of the compliance path)`,
    due: addYearsUtc(approvedAt, years),
    reminded: true,
  }
}

export function sendApprovedEmail(
  ctx: PledgeEmailContext & {
    campaignSlug: string
    municipalitySlug: string
    hasCompliancePath: boolean
    approvedAt: Date
  },
) {
  const { what, due, reminded } = firstDeadline(ctx)
  return send(
    ctx,
    `${ctx.municipalityName} has joined ${ctx.campaignName}`,
    [
      `Your pledge for ${ctx.municipalityName} has been approved and is now public.`,
      `What happens next: as an official of ${ctx.municipalityName} you can now use the officials’ portal, ${link('/portal')}, to set its targets and report its progress.`,
      `To sign in, enter this email address (${ctx.to}) at ${link('/signin')}: we email you a link that signs you in. No password is needed.`,
      `Due first: ${what}, by ${formatDate(due)}.${reminded ? ' We remind you by email before it is due.' : ''}`,
    ],
    [
      { label: 'Sign in to the officials’ portal', url: link('/signin?callbackUrl=%2Fportal') },
      { label: 'See your municipality’s profile', url: link(`/members/${ctx.municipalitySlug}`) },
    ],
  )
}

export function sendRejectedEmail(ctx: PledgeEmailContext & { reason: string; note?: string | null }) {
  return send(
    ctx,
    `Your ${ctx.campaignName} pledge for ${ctx.municipalityName}`,
    [
      `We could not accept the pledge for ${ctx.municipalityName}. Reason: ${ctx.reason}.`,
      ...(ctx.note ? [`Note from our staff: ${ctx.note}`] : []),
      'You can sign again once the issue is resolved.',
    ],
    [{ label: 'Sign the pledge again', url: link('/pledge') }],
  )
}
