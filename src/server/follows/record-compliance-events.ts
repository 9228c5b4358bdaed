import 'server-only'
import { db } from '@/server/db'
import { isUniqueViolation } from '@/server/errors'
import { evaluateCompliance } from '@/lib/domain/compliance'
import { formatDate } from '@/lib/format'
import { COMPLIANCE_BATCH_SIZE, loadComplianceInputs } from '@/server/compliance/load-compliance-inputs'
import { recordFollowEvent } from './record-follow-event'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Records, for followed places, the events the compliance engine derives rather than a change: a badge earned
 * and a stage become overdue. Each is keyed by what it is (the place, the pillar or stage, and its date), so
 * however often this runs (after each compliance refresh and before each digest run) it is recorded once.
 * Returns how many new events were recorded.
 */
export async function recordComplianceEvents({
  municipalityIds,
  now = new Date(),
}: {
  municipalityIds?: string[]
  now?: Date
} = {}): Promise<number> {
  const followed = await db.municipality.findMany({
    where: {
      ...(municipalityIds ? { id: { in: municipalityIds } } : {}),
      follows: { some: { confirmedAt: { not: null } } },
    },
    select: { id: true },
    orderBy: { id: 'asc' },
  })
  let recorded = 0
  for (let i = 0; i < followed.length; i += COMPLIANCE_BATCH_SIZE) {
    const ids = followed.slice(i, i + COMPLIANCE_BATCH_SIZE).map((m) => m.id)
    const inputs = await loadComplianceInputs(ids)
    for (const [municipalityId, evidence] of inputs) {
      const result = evaluateCompliance({ ...evidence, now })
      const events = [
        ...result.badges
          .filter((b) => b.awarded && b.awardedAt)
          .map((b) => ({
            kind: 'BADGE_EARNED' as const,
            summary: `earned the ${b.label} badge`,
            key: `badge:${municipalityId}:${b.pillar}:${b.awardedAt!.toISOString()}`,
            happenedAt: b.awardedAt!,
          })),
        ...result.stages
          .filter((s) => s.status === 'overdue')
          .map((s) => ({
            kind: 'STAGE_OVERDUE' as const,
            summary: `is overdue on the ${s.label} stage (it was due on ${formatDate(s.dueDate)})`,
            key: `overdue:${municipalityId}:${s.key}:${s.dueDate.toISOString()}`,
            // Overdue once the due day is over.
            happenedAt: new Date(Math.min(now.getTime(), s.dueDate.getTime() + DAY_MS)),
          })),
      ]
      for (const event of events) {
        const added = await db
          .$transaction((tx) => recordFollowEvent(tx, { municipalityId, ...event }))
          .catch((e: unknown) => {
            if (isUniqueViolation(e)) return false // recorded by a concurrent run
            throw e
          })
        if (added) recorded += 1
      }
    }
  }
  return recorded
}
