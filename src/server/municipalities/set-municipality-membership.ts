import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateMunicipality } from '@/server/cache-tags'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { membershipConflict } from './membership-conflict'
import { logger } from '@/server/log'

const log = logger('municipalities')

/**
 * Marks a municipality as a member since a date, or unmarks it. Membership that follows from an
 * approved pledge is derived from that pledge (src/server/pledges/refresh-membership.ts), so it can
 * be neither removed nor dated later than the pledge here: those requests are refused with the reason.
 */
export async function setMunicipalityMembership({
  slug,
  isMember,
  memberSince,
  now = new Date(),
}: {
  slug: string
  isMember: boolean
  memberSince?: Date
  now?: Date
}) {
  const actor = await requirePermission('municipality.edit')
  const wanted = { isMember, memberSince: isMember ? (memberSince ?? now) : null }
  const done = await db.$transaction(async (tx) => {
    const current = await tx.municipality.findUnique({
      where: { slug },
      select: { id: true, isMember: true, memberSince: true },
    })
    if (!current) throw new AppError('NOT_FOUND')
    const earliest = await tx.pledge.findFirst({
      where: { municipalityId: current.id, status: 'APPROVED' },
      orderBy: { commitmentDate: 'asc' },
      select: { commitmentDate: true },
    })
    const problem = membershipConflict(wanted, earliest?.commitmentDate ?? null)
    if (problem) throw new AppError('CONFLICT', problem)
    const same =
      current.isMember === wanted.isMember &&
      (current.memberSince?.getTime() ?? null) === (wanted.memberSince?.getTime() ?? null)
    if (same) return { id: current.id, changed: false }
    await tx.municipality.update({ where: { id: current.id }, data: wanted })
    await recordAudit({
      client: tx,
      actor: { id: actor.id, label: actor.email },
      action: isMember ? 'municipality.mark-member' : 'municipality.unmark-member',
      entityType: 'Municipality',
      entityId: current.id,
      before: { slug, isMember: current.isMember, memberSince: current.memberSince?.toISOString() ?? null },
      after: { slug, isMember: wanted.isMember, memberSince: wanted.memberSince?.toISOString() ?? null },
    })
    return { id: current.id, changed: true }
  })
  if (done.changed) {
    await refreshCompliance({ municipalityId: done.id, now }).catch((e) =>
      log.error({ err: e }, 'compliance refresh failed'),
    )
    invalidateMunicipality(slug)
  }
  return { changed: done.changed }
}
