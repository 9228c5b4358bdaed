import 'server-only'
import { db } from '@/server/db'
import { invalidateProgress } from '@/server/cache-tags'
import { evaluateCompliance } from '@/lib/domain/compliance'
import { COMPLIANCE_BATCH_SIZE, loadComplianceInputs } from './load-compliance-inputs'
import { recordComplianceEvents } from '@/server/follows/record-compliance-events'
import { logger } from '@/server/log'

const log = logger('compliance')

export type RefreshComplianceResult = { checked: number; updated: number }

// Members, and anyone still carrying a stage from when they were (a withdrawn pledge must reset it).
async function allTrackedIds(): Promise<string[]> {
  const rows = await db.municipality.findMany({
    where: {
      OR: [
        { isMember: true },
        { complianceStage: { not: 'NONE' } },
        { complianceOverdue: true },
        { nextDeadline: { not: null } },
      ],
    },
    select: { id: true },
    orderBy: { id: 'asc' },
  })
  return rows.map((r) => r.id)
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null)

async function refreshBatch(ids: string[], now: Date): Promise<number> {
  const [current, inputs] = await Promise.all([
    db.municipality.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, complianceStage: true, complianceOverdue: true, nextDeadline: true },
    }),
    loadComplianceInputs(ids),
  ])
  const changes = current.flatMap((row) => {
    const evidence = inputs.get(row.id)
    if (!evidence) return []
    const { stage, overdue, nextDeadline } = evaluateCompliance({ ...evidence, now })
    const unchanged =
      row.complianceStage === stage &&
      row.complianceOverdue === overdue &&
      sameTime(row.nextDeadline, nextDeadline)
    return unchanged ? [] : [{ id: row.id, slug: row.slug, stage, overdue, nextDeadline }]
  })
  if (changes.length === 0) return 0
  await db.$transaction(
    changes.map((c) =>
      db.municipality.update({
        where: { id: c.id },
        data: {
          complianceStage: c.stage,
          complianceOverdue: c.overdue,
          nextDeadline: c.nextDeadline,
          complianceUpdatedAt: now,
        },
        select: { id: true },
      }),
    ),
  )
  for (const c of changes) invalidateProgress(c.slug)
  return changes.length
}

/**
 * Recomputes the stored compliance summary (stage, overdue flag, next deadline) of the given
 * municipalities, or of every member, writing only the rows whose summary changed.
 */
export async function refreshCompliance({
  municipalityIds,
  municipalityId,
  now = new Date(),
}: {
  municipalityIds?: string[]
  municipalityId?: string
  now?: Date
} = {}): Promise<RefreshComplianceResult> {
  const ids = municipalityId
    ? [municipalityId, ...(municipalityIds ?? [])]
    : (municipalityIds ?? (await allTrackedIds()))
  const unique = [...new Set(ids)]
  let updated = 0
  for (let i = 0; i < unique.length; i += COMPLIANCE_BATCH_SIZE) {
    updated += await refreshBatch(unique.slice(i, i + COMPLIANCE_BATCH_SIZE), now)
  }
  // Followers hear of badges earned and stages overdue (decision 0023); the digest job records them too.
  await recordComplianceEvents({
    municipalityIds: municipalityId || municipalityIds ? unique : undefined,
    now,
  }).catch((e) => log.error({ err: e }, 'recording follow events failed'))
  return { checked: unique.length, updated }
}
