import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { AppError } from '@/server/errors'
import type { InviteOfficialInput } from '@/schemas/portal'
import type { PortalMunicipalityRef } from './find-portal-municipality'

/**
 * An official invites a colleague: an unconfirmed MunicipalityOfficial row (and an OFFICIAL account
 * when the address has none) that staff confirm at /admin/officials. Until then the colleague cannot
 * sign in for this municipality. Refused (CONFLICT, field email) when the address is already linked.
 */
export async function inviteOfficial({
  municipality,
  input,
}: {
  municipality: PortalMunicipalityRef
  input: InviteOfficialInput
}): Promise<{ email: string }> {
  const { id: municipalityId, name: municipalityName, user } = municipality
  const { email, name, title } = input
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
      throw new AppError('CONFLICT', message, { field: 'email' })
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
    return { email }
  })
}
