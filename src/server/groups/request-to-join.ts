import 'server-only'
import { db } from '@/server/db'
import { AppError, isUniqueViolation } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import type { PortalMunicipalityRef } from '@/server/portal/find-portal-municipality'
import { groupFits } from './group-fits'
import { notifyJoinRequest } from './notify-join-request'

/**
 * An official asks for their municipality to join a group (from the portal, whose guard found them its
 * confirmed official). The group must be open and for its state (or any); asking again while a request waits,
 * or as a member, changes nothing; after a decline the request waits for staff again. Audited. Staff are
 * emailed about a new request (notifyJoinRequest: the facilitator, else everyone with group.edit).
 */
export async function requestToJoin({
  municipality,
  groupId,
  now = new Date(),
}: {
  municipality: PortalMunicipalityRef
  groupId: string
  now?: Date
}): Promise<{ status: 'requested' | 'already-requested' | 'already-member' }> {
  const result = await ask({ municipality, groupId, now }).catch((e) => {
    // Two clicks at once (two colleagues, a double post): the other one's request is the request.
    if (isUniqueViolation(e)) return { status: 'already-requested' as const }
    throw e
  })
  // Staff hear of a new request (not of a repeat), after the commit.
  if (result.status === 'requested') await notifyJoinRequest({ groupId, municipality })
  return result
}

function ask({
  municipality,
  groupId,
  now,
}: {
  municipality: PortalMunicipalityRef
  groupId: string
  now: Date
}) {
  return db.$transaction(async (tx) => {
    const group = await tx.peerGroup.findUnique({
      where: { id: groupId },
      select: { id: true, states: true, endsOn: true },
    })
    if (!group || !groupFits(group, municipality.state, now)) throw new AppError('NOT_FOUND')
    const key = { groupId_municipalityId: { groupId, municipalityId: municipality.id } }
    const existing = await tx.peerGroupMember.findUnique({ where: key, select: { id: true, status: true } })
    if (existing?.status === 'APPROVED') return { status: 'already-member' as const }
    if (existing?.status === 'REQUESTED') return { status: 'already-requested' as const }
    // Not an upsert: on PostgreSQL that is INSERT ... ON CONFLICT DO UPDATE, so of two requests at once both
    // would "win". A plain insert makes the second wait for the first and fail on the unique key (caught above);
    // a declined request is asked again only while it is still declined.
    const asked = { status: 'REQUESTED' as const, requestedById: municipality.user.id }
    let row: { id: string }
    if (existing) {
      const { count } = await tx.peerGroupMember.updateMany({
        where: { id: existing.id, status: existing.status },
        data: { ...asked, decidedById: null, decidedAt: null },
      })
      if (count === 0) return { status: 'already-requested' as const }
      row = { id: existing.id }
    } else {
      row = await tx.peerGroupMember.create({
        data: { groupId, municipalityId: municipality.id, ...asked },
        select: { id: true },
      })
    }
    await recordAudit({
      client: tx,
      actor: { id: municipality.user.id, label: municipality.user.email },
      action: 'group.member.request',
      entityType: 'PeerGroup',
      entityId: groupId,
      before: existing ? { status: existing.status } : null,
      after: { memberId: row.id, municipalityId: municipality.id, status: 'REQUESTED' },
    })
    return { status: 'requested' as const }
  })
}
