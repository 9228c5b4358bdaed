import 'server-only'
import { db, type Db } from '@/server/db'
import { AppError, isUniqueViolation } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateMunicipality } from '@/server/cache-tags'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { findMergeConflicts } from './find-merge-conflicts'
import { logger } from '@/server/log'

const log = logger('municipalities')

const CHANGED_MEANWHILE =
  'Something changed while merging, so nothing was merged. Reload the page and try again.'

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

/** Records that block a merge (two pledges to one campaign, say), listed for the person merging. */
const mergeBlocked = (conflicts: string[]) =>
  new AppError('CONFLICT', `These municipalities cannot be merged yet: ${conflicts.join(' ')}`, {
    reason: 'merge-blocked',
    items: conflicts,
  })

const FILLABLE = [
  'county',
  'population',
  'populationYear',
  'website',
  'latitude',
  'longitude',
  'landAreaKm2',
] as const

const placeSelect = {
  id: true,
  slug: true,
  name: true,
  state: true,
  isMember: true,
  memberSince: true,
  county: true,
  population: true,
  populationYear: true,
  website: true,
  latitude: true,
  longitude: true,
  landAreaKm2: true,
  geonameId: true,
} as const

// Rows keyed by (user, municipality), (solution, municipality) or a reminder's key: a row the kept
// municipality already has is the same fact twice, so the duplicate's copy is dropped, not moved.
async function moveKeyedRows(tx: Tx, fromId: string, toId: string) {
  const officials = await tx.municipalityOfficial.findMany({ where: { municipalityId: fromId } })
  for (const o of officials) {
    const has = await tx.municipalityOfficial.findUnique({
      where: { userId_municipalityId: { userId: o.userId, municipalityId: toId } },
    })
    if (!has) await tx.municipalityOfficial.create({ data: { ...o, municipalityId: toId } })
  }
  const implementations = await tx.solutionImplementation.findMany({ where: { municipalityId: fromId } })
  for (const s of implementations) {
    const has = await tx.solutionImplementation.findUnique({
      where: { solutionId_municipalityId: { solutionId: s.solutionId, municipalityId: toId } },
    })
    if (!has) await tx.solutionImplementation.create({ data: { ...s, municipalityId: toId } })
  }
  const reminders = await tx.reminderLog.findMany({ where: { municipalityId: fromId } })
  for (const r of reminders) {
    const { id, ...key } = r
    const has = await tx.reminderLog.findFirst({
      where: { ...key, municipalityId: toId },
      select: { id: true },
    })
    if (!has) await tx.reminderLog.update({ where: { id }, data: { municipalityId: toId } })
  }
  return { officials: officials.length, implementations: implementations.length }
}

async function movePledges(tx: Tx, fromId: string, toId: string) {
  const pledges = await tx.pledge.findMany({
    where: { municipalityId: fromId },
    select: { id: true, liveKey: true, campaignId: true, campaign: { select: { slug: true } } },
  })
  for (const p of pledges)
    await tx.pledge.update({
      where: { id: p.id },
      data: { municipalityId: toId, liveKey: p.liveKey ? `${toId}:${p.campaignId}` : null },
    })
  return { count: pledges.length, campaignSlugs: pledges.map((p) => p.campaign.slug) }
}

// Everything that hangs on the duplicate, moved to the kept municipality.
async function moveRows(tx: Tx, fromId: string, toId: string) {
  const pledges = await movePledges(tx, fromId, toId)
  const move = { where: { municipalityId: fromId }, data: { municipalityId: toId } }
  const reports = await tx.progressReport.updateMany(move)
  const targets = await tx.target.updateMany(move)
  const keyed = await moveKeyedRows(tx, fromId, toId)
  return {
    moved: {
      pledges: pledges.count,
      reports: reports.count,
      targets: targets.count,
      officials: keyed.officials,
      solutionImplementations: keyed.implementations,
    },
    campaignSlugs: [...new Set(pledges.campaignSlugs)],
  }
}

// Membership of the merged municipality: a member if either was, since the earliest date either had.
async function mergedMembership(
  tx: Tx,
  a: { isMember: boolean; memberSince: Date | null },
  b: typeof a,
  id: string,
) {
  const earliest = await tx.pledge.findFirst({
    where: { municipalityId: id, status: 'APPROVED' },
    orderBy: { commitmentDate: 'asc' },
    select: { commitmentDate: true },
  })
  const dates = [a.isMember && a.memberSince, b.isMember && b.memberSince, earliest?.commitmentDate]
    .filter((d): d is Date => d instanceof Date)
    .sort((x, y) => x.getTime() - y.getTime())
  const isMember = a.isMember || b.isMember || Boolean(earliest)
  return { isMember, memberSince: isMember ? (dates[0] ?? null) : null }
}

/**
 * Merges a duplicate municipality into the one to keep: its pledges, reports, targets, officials,
 * solution implementations and reminder records move over, facts the kept one lacks are filled in,
 * and the duplicate is deleted (its slug stays in the audit entry). Refused with a CONFLICT (reason merge-blocked), and
 * nothing changed, when the move would break a rule (two live pledges for one campaign, two reports
 * for one year). MODERATOR and ADMIN.
 */
export async function mergeMunicipalities({
  duplicateSlug,
  targetSlug,
  now = new Date(),
}: {
  duplicateSlug: string
  targetSlug: string
  now?: Date
}) {
  const actor = await requirePermission('municipality.edit')
  if (duplicateSlug === targetSlug)
    throw new AppError('INVALID_INPUT', 'A municipality cannot be merged into itself.')
  const result = await db
    .$transaction(
      async (tx) => {
        const [duplicate, target] = await Promise.all([
          tx.municipality.findUnique({ where: { slug: duplicateSlug }, select: placeSelect }),
          tx.municipality.findUnique({ where: { slug: targetSlug }, select: placeSelect }),
        ])
        if (!duplicate)
          throw new AppError('NOT_FOUND', `There is no municipality with the slug "${duplicateSlug}".`, {
            field: 'targetSlug',
          })
        if (!target)
          throw new AppError('NOT_FOUND', `There is no municipality with the slug "${targetSlug}".`, {
            field: 'targetSlug',
          })
        const conflicts = await findMergeConflicts(tx, duplicate.id, target.id)
        if (conflicts.length > 0) throw mergeBlocked(conflicts)
        const { moved, campaignSlugs } = await moveRows(tx, duplicate.id, target.id)
        const filled = Object.fromEntries(
          FILLABLE.filter((f) => target[f] === null && duplicate[f] !== null).map((f) => [f, duplicate[f]]),
        )
        // Deleting cascades to the duplicate's remaining copies of rows the kept one already had.
        await tx.municipality.delete({ where: { id: duplicate.id } })
        const membership = await mergedMembership(tx, target, duplicate, target.id)
        await tx.municipality.update({ where: { id: target.id }, data: { ...filled, ...membership } })
        await recordAudit({
          client: tx,
          actor: { id: actor.id, label: actor.email },
          action: 'municipality.merge',
          entityType: 'Municipality',
          entityId: target.id,
          before: {
            duplicate: { ...duplicate, memberSince: duplicate.memberSince?.toISOString() ?? null },
            kept: {
              slug: target.slug,
              isMember: target.isMember,
              memberSince: target.memberSince?.toISOString() ?? null,
            },
          },
          after: {
            kept: {
              slug: target.slug,
              ...filled,
              isMember: membership.isMember,
              memberSince: membership.memberSince?.toISOString() ?? null,
            },
            moved,
            deleted: duplicate.slug,
          },
        })
        return { targetId: target.id, moved, campaignSlugs }
      },
      { timeout: 30_000 },
    )
    .catch((e: unknown) => {
      // A pledge or report added meanwhile broke a rule the check had passed: the transaction undid everything.
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', CHANGED_MEANWHILE)
      throw e
    })
  await refreshCompliance({ municipalityId: result.targetId, now }).catch((e) =>
    log.error({ err: e }, 'compliance refresh failed'),
  )
  invalidateMunicipality(duplicateSlug, result.campaignSlugs)
  invalidateMunicipality(targetSlug, result.campaignSlugs)
  return { moved: result.moved }
}
