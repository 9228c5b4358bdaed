import 'server-only'
import { recordFollowEvent, targetSummary } from '@/server/follows/record-follow-event'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import type { TargetData, TargetField } from '@/schemas/targets'
import type { PortalMunicipalityRef } from '@/server/portal/find-portal-municipality'
import { afterTargetChange } from './after-target-change'
import { findIdenticalTarget, IDENTICAL_TARGET_MESSAGE } from './find-identical-target'
import { isIdenticalTargetViolation } from './is-identical-target-violation'
import { targetActiveKey } from './target-active-key'

export type SaveTargetResult =
  | { ok: true; targetId: string; replaced: boolean }
  | { ok: false; fieldErrors: Partial<Record<TargetField | 'form', string>> }

/**
 * An official records a new active target for their municipality (the caller's guard found it: see
 * portalCaller). Refused with the form's message when an identical active target exists.
 */
export async function createTarget({
  municipality: { id: municipalityId, slug, user },
  data,
}: {
  municipality: PortalMunicipalityRef
  data: TargetData
}): Promise<SaveTargetResult> {
  const activeKey = targetActiveKey(data)
  const target = await db
    .$transaction(async (tx) => {
      if (await findIdenticalTarget({ client: tx, municipalityId, data: data })) return null
      const created = await tx.target.create({
        data: { ...data, municipalityId, status: 'ACTIVE', activeKey },
        select: { id: true },
      })
      await recordFollowEvent(tx, {
        municipalityId,
        kind: 'TARGET_SET',
        summary: targetSummary(data),
        happenedAt: new Date(),
      })
      await recordAudit({
        client: tx,
        actor: { id: user.id, label: user.email },
        action: 'target.create',
        entityType: 'Target',
        entityId: created.id,
        after: { municipalityId, ...data },
      })
      return created
    })
    // The same target saved at the same instant passed the check above too: the unique index stops it.
    .catch((e: unknown) => {
      if (isIdenticalTargetViolation(e)) return null
      throw e
    })
  if (!target) return { ok: false, fieldErrors: { form: IDENTICAL_TARGET_MESSAGE } }
  await afterTargetChange({ municipalityId, slug })
  return { ok: true, targetId: target.id, replaced: false }
}
