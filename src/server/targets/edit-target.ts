import 'server-only'
import { recordFollowEvent, targetSummary } from '@/server/follows/record-follow-event'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import type { TargetData } from '@/schemas/targets'
import type { PortalMunicipalityRef } from '@/server/portal/find-portal-municipality'
import { targetIdSchema } from '@/schemas/portal'
import { afterTargetChange } from './after-target-change'
import type { SaveTargetResult } from './create-target'
import { findIdenticalTarget, IDENTICAL_TARGET_MESSAGE } from './find-identical-target'
import { isIdenticalTargetViolation } from './is-identical-target-violation'
import { targetActiveKey } from './target-active-key'
import { targetFields } from './target-fields'

/**
 * Changes an active target. Once the municipality has a verified report, its progress has been
 * published against this target, so the change is a replacement: a new ACTIVE target, and the old
 * one REPLACED with replacedById (the compliance engine dates the target stage from the first).
 * Before that, the target is corrected in place. Either way the change is audited.
 */
export async function editTarget({
  municipality: { id: municipalityId, slug, user },
  targetId,
  data,
}: {
  municipality: PortalMunicipalityRef
  targetId: string
  data: TargetData
}): Promise<SaveTargetResult> {
  const id = targetIdSchema.safeParse(targetId)
  if (!id.success) throw new AppError('NOT_FOUND')
  const current = await db.target.findFirst({
    where: { id: id.data, municipalityId, status: 'ACTIVE' },
    select: targetFields,
  })
  if (!current) throw new AppError('NOT_FOUND')
  const actor = { id: user.id, label: user.email }
  const activeKey = targetActiveKey(data)
  const result = await db
    .$transaction(async (tx) => {
      if (await findIdenticalTarget({ client: tx, municipalityId, data, exceptId: id.data })) return null
      const published = await tx.progressReport.count({ where: { municipalityId, status: 'VERIFIED' } })
      if (published === 0) {
        const { count } = await tx.target.updateMany({
          where: { id: id.data, municipalityId, status: 'ACTIVE' },
          data: { ...data, activeKey },
        })
        if (count !== 1) throw new AppError('CONFLICT')
        await recordAudit({
          client: tx,
          actor,
          action: 'target.update',
          entityType: 'Target',
          entityId: id.data,
          before: current,
          after: data,
        })
        return { targetId: id.data, replaced: false }
      }
      // The old target leaves the active ones (and its key) first: its replacement may carry the same key.
      const { count } = await tx.target.updateMany({
        where: { id: id.data, municipalityId, status: 'ACTIVE' },
        data: { status: 'REPLACED', activeKey: null },
      })
      // Someone replaced it meanwhile: roll back rather than leave two active successors.
      if (count !== 1) throw new AppError('CONFLICT')
      const next = await tx.target.create({
        data: { ...data, municipalityId, status: 'ACTIVE', activeKey },
        select: { id: true },
      })
      await tx.target.update({ where: { id: id.data }, data: { replacedById: next.id } })
      await recordFollowEvent(tx, {
        municipalityId,
        kind: 'TARGET_SET',
        summary: targetSummary(data),
        happenedAt: new Date(),
      })
      await recordAudit({
        client: tx,
        actor,
        action: 'target.replace',
        entityType: 'Target',
        entityId: id.data,
        before: { ...current, status: 'ACTIVE' },
        after: { status: 'REPLACED', replacedById: next.id, replacement: data },
      })
      return { targetId: next.id, replaced: true }
    })
    .catch((e: unknown) => {
      // An identical target saved at the same instant passed the check above too: the unique index stops it.
      if (isIdenticalTargetViolation(e)) return null
      throw e
    })
  if (!result) return { ok: false, fieldErrors: { form: IDENTICAL_TARGET_MESSAGE } }
  await afterTargetChange({ municipalityId, slug })
  return { ok: true, ...result }
}
