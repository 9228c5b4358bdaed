import 'server-only'
import { db } from '@/server/db'
import { env } from '@/lib/env'
import { siteSettings } from '@/lib/site'
import { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { recordAudit } from '@/server/audit/record-audit'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { createToken, hashToken } from '@/server/tokens/hash-token'
import { ROLE_LABELS, type InviteUserInput } from '@/schemas/users'

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

function invitationEmail({
  name,
  role,
  municipalityName,
  token,
}: {
  name: string
  role: InviteUserInput['role']
  municipalityName?: string
  token: string
}) {
  const url = `${env().SITE_URL}/invitation/${token}`
  const official = role === 'OFFICIAL'
  return renderEmail({
    greeting: `Dear ${name},`,
    paragraphs: official
      ? [
          `You have been invited to report for ${municipalityName} as one of its officials.`,
          'Open the link below within 7 days to accept. After that you sign in with a link sent to this address.',
        ]
      : [
          `You have been invited to the staff area as ${ROLE_LABELS[role].toLowerCase()}.`,
          'Open the link below within 7 days to choose your password.',
        ],
    actions: [{ label: 'Accept the invitation', url }],
    footnote: 'The link works once. If you did not expect this invitation, you can ignore this email.',
  })
}

/**
 * Invites a person by email: creates their account, inactive and without a password, with the role
 * (an official also joins their municipality's officials), and emails a single-use link valid for
 * 7 days. Inviting again someone who has not yet accepted sends a new link and spends the old one.
 * Anyone else with an account is refused (change their role in the list instead). ADMIN.
 */
export async function inviteUser({ input, now = new Date() }: { input: InviteUserInput; now?: Date }) {
  const actor = await requirePermission('user.manage')
  const email = input.email.trim().toLowerCase()
  const token = createToken()
  const { user, municipalityName } = await db.$transaction(async (tx) => {
    const municipality =
      input.role === 'OFFICIAL'
        ? await tx.municipality.findUnique({
            where: { slug: input.municipalitySlug ?? '' },
            select: { id: true, name: true },
          })
        : null
    if (input.role === 'OFFICIAL' && !municipality)
      throw new AppError('CONFLICT', 'There is no municipality with that slug. Find it in Municipalities.', {
        field: 'municipalitySlug',
      })
    const existing = await tx.user.findUnique({
      where: { email },
      select: { id: true, active: true, passwordHash: true, role: true },
    })
    const pending = existing && !existing.active && !existing.passwordHash
    const pendingInvite =
      pending && (await tx.emailToken.count({ where: { userId: existing.id, purpose: 'INVITATION' } })) > 0
    if (existing && !pendingInvite)
      throw new AppError(
        'CONFLICT',
        'This person already has an account. Change their role or reactivate them in the list of users.',
        { field: 'email' },
      )
    const data = { name: input.name, role: input.role, active: false }
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data, select: { id: true, email: true } })
      : await tx.user.create({ data: { email, ...data }, select: { id: true, email: true } })
    if (municipality)
      await tx.municipalityOfficial.upsert({
        where: { userId_municipalityId: { userId: user.id, municipalityId: municipality.id } },
        create: {
          userId: user.id,
          municipalityId: municipality.id,
          title: input.title || null,
          invitedById: actor.id,
        },
        update: { confirmed: true, invitedById: actor.id, ...(input.title ? { title: input.title } : {}) },
      })
    // Only the newest link works.
    await tx.emailToken.updateMany({
      where: { userId: user.id, purpose: 'INVITATION', usedAt: null },
      data: { usedAt: now },
    })
    await tx.emailToken.create({
      data: {
        tokenHash: hashToken(token),
        purpose: 'INVITATION',
        userId: user.id,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      },
    })
    await recordAudit({
      client: tx,
      actor: { id: actor.id, label: actor.email },
      action: existing ? 'user.reinvite' : 'user.invite',
      entityType: 'User',
      entityId: user.id,
      before: existing ? { role: existing.role, active: existing.active } : undefined,
      after: {
        email,
        name: input.name,
        role: input.role,
        active: false,
        ...(municipality ? { municipality: input.municipalitySlug } : {}),
      },
    })
    return { user, municipalityName: municipality?.name }
  })
  const content = invitationEmail({ name: input.name, role: input.role, municipalityName, token })
  await sendMail({ to: user.email, subject: `You are invited to ${siteSettings().siteName}`, ...content })
  return { userId: user.id }
}
