import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { parseTargetForm, type TargetField, type TargetFormValues } from '@/schemas/targets'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'
import { afterTargetChange } from './after-target-change'
import { findIdenticalTarget, IDENTICAL_TARGET_MESSAGE } from './find-identical-target'

export type SaveTargetResult =
  | { ok: true; targetId: string; replaced: boolean }
  | { ok: false; fieldErrors: Partial<Record<TargetField | 'form', string>> }

/** An official records a new active target for their municipality. */
export async function createTarget({
  slug,
  values,
  now = new Date(),
}: {
  slug: string
  values: TargetFormValues
  now?: Date
}): Promise<SaveTargetResult> {
  const { id: municipalityId, user } = await findPortalMunicipality({ slug })
  const parsed = parseTargetForm(values, now)
  if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors }
  const target = await db.$transaction(async (tx) => {
    if (await findIdenticalTarget({ client: tx, municipalityId, data: parsed.data })) return null
    const created = await tx.target.create({
      data: { ...parsed.data, municipalityId, status: 'ACTIVE' },
      select: { id: true },
    })
    await recordAudit({
      client: tx,
      actor: { id: user.id, label: user.email },
      action: 'target.create',
      entityType: 'Target',
      entityId: created.id,
      after: { municipalityId, ...parsed.data },
    })
    return created
  })
  if (!target) return { ok: false, fieldErrors: { form: IDENTICAL_TARGET_MESSAGE } }
  await afterTargetChange({ municipalityId, slug })
  return { ok: true, targetId: target.id, replaced: false }
}
