import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { inviteOfficialSchema, type InviteOfficialState } from '@/schemas/portal'
import { findPortalMunicipality } from './find-portal-municipality'

export type InviteOfficialValues = InviteOfficialState['values']

export type InviteOfficialResult =
  { ok: true; email: string } | { ok: false; fieldErrors: NonNullable<InviteOfficialState['fieldErrors']> }

/**
 * An official invites a colleague: an unconfirmed MunicipalityOfficial row (and an OFFICIAL account
 * when the address has none) that staff confirm at /admin/officials. Until then the colleague cannot
 * sign in for this municipality.
 */
export async function inviteOfficial({
  slug,
  values,
}: {
  slug: string
  values: InviteOfficialValues
}): Promise<InviteOfficialResult> {
  const { id: municipalityId, name: municipalityName, user } = await findPortalMunicipality({ slug })
  const parsed = inviteOfficialSchema.safeParse(values)
  if (!parsed.success) {
    const fieldErrors: NonNullable<InviteOfficialState['fieldErrors']> = {}
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'form') as keyof typeof fieldErrors
      fieldErrors[key] ??= issue.message
    }
    return { ok: false, fieldErrors }
  }
  const { email, name, title } = parsed.data
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } })
    const link = existing
      ? await tx.municipalityOfficial.findUnique({
          where: { userId_municipalityId: { userId: existing.id, municipalityId } },
          select: { confirmed: true },
        })
      : null
    if (link) {
      const message = link.confirmed
        ? `${email} is already an official of ${municipalityName}.`
        : `${email} has already been invited and is waiting for staff to confirm.`
      return { ok: false as const, fieldErrors: { email: message } }
    }
    const invitee =
      existing ?? (await tx.user.create({ data: { email, name, role: 'OFFICIAL' }, select: { id: true } }))
    await tx.municipalityOfficial.create({
      data: { userId: invitee.id, municipalityId, title, confirmed: false, invitedById: user.id },
    })
    await recordAudit({
      client: tx,
      actor: { id: user.id, label: user.email },
      action: 'official.invite',
      entityType: 'Municipality',
      entityId: municipalityId,
      after: { userId: invitee.id, email, title, confirmed: false, accountCreated: !existing },
    })
    return { ok: true as const, email }
  })
}
