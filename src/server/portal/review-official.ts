import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { env } from '@/lib/env'
import { recordAudit } from '@/server/audit/record-audit'
import { requirePermission } from '@/server/auth/require-permission'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { officialLinkSchema } from '@/schemas/portal'
import { logger } from '@/server/log'

const log = logger('portal')

/**
 * Staff confirm or decline an invited colleague. Confirming lets them sign in and manage the
 * municipality (they are emailed); declining removes the invitation. A second decision is CONFLICT.
 */
export async function reviewOfficial({
  userId,
  municipalityId,
  decision,
}: {
  userId: string
  municipalityId: string
  decision: 'confirm' | 'decline'
}): Promise<{ ok: true; decision: 'confirm' | 'decline' }> {
  const staff = await requirePermission('municipality.edit')
  const key = officialLinkSchema.safeParse({ userId, municipalityId })
  if (!key.success) throw new AppError('NOT_FOUND')
  const pending = { ...key.data, confirmed: false }
  const invitee = await db.$transaction(async (tx) => {
    const row = await tx.municipalityOfficial.findFirst({
      where: pending,
      select: {
        title: true,
        user: { select: { email: true, name: true } },
        municipality: { select: { name: true } },
      },
    })
    const { count } =
      decision === 'confirm'
        ? await tx.municipalityOfficial.updateMany({ where: pending, data: { confirmed: true } })
        : await tx.municipalityOfficial.deleteMany({ where: pending })
    if (!row || count !== 1) throw new AppError('CONFLICT', 'That invitation has already been handled.')
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: decision === 'confirm' ? 'official.confirm' : 'official.decline',
      entityType: 'Municipality',
      entityId: key.data.municipalityId,
      before: { userId: key.data.userId, email: row.user.email, confirmed: false },
      after: decision === 'confirm' ? { userId: key.data.userId, confirmed: true } : undefined,
    })
    return row
  })
  if (decision === 'confirm') {
    const content = renderEmail({
      greeting: invitee.user.name ? `Dear ${invitee.user.name},` : undefined,
      paragraphs: [
        `You are now an official of ${invitee.municipality.name} in the officials’ portal: you can set its targets and report its progress.`,
        'To sign in, enter this email address on the sign-in page and we will email you a link.',
      ],
      actions: [{ label: 'Sign in', url: `${env().SITE_URL}/signin?callbackUrl=%2Fportal` }],
    })
    await sendMail({
      to: invitee.user.email,
      subject: 'You can now sign in to the officials’ portal',
      ...content,
    }).catch((e) => log.error({ err: e }, 'official confirmation email failed'))
  }
  return { ok: true, decision }
}
