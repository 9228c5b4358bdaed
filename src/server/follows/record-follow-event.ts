import 'server-only'
import type { Db } from '@/server/db'
import type { FollowEventKind } from '@/server/generated/sqlite/client'

type Client = Pick<Db, 'followEvent' | 'follow' | 'followNotice'>

/**
 * Records something a place's followers hear about in their next digest (decision 0023), in the caller's
 * transaction so it exists exactly when the change does. Each follow confirmed before the event happened is owed
 * a notice (a follower does not hear of what happened before they followed). With a `key`, an event already
 * recorded is not recorded again (events derived from the compliance engine on every run: badges, overdue stages).
 */
export async function recordFollowEvent(
  client: Client,
  {
    municipalityId,
    kind,
    summary,
    key,
    happenedAt,
  }: {
    municipalityId: string
    kind: FollowEventKind
    summary: string
    key?: string
    happenedAt: Date
  },
): Promise<boolean> {
  if (key && (await client.followEvent.findUnique({ where: { key }, select: { id: true } }))) return false
  // A concurrent run may record the same keyed event first: its unique key refuses this one, which rolls the
  // caller's transaction back (recordComplianceEvents treats that as recorded).
  const { id: eventId } = await client.followEvent.create({
    data: { municipalityId, kind, summary, key: key ?? null, happenedAt },
    select: { id: true },
  })
  const follows = await client.follow.findMany({
    where: { municipalityId, confirmedAt: { not: null, lte: happenedAt } },
    select: { id: true },
  })
  if (follows.length > 0)
    await client.followNotice.createMany({ data: follows.map((f) => ({ followId: f.id, eventId })) })
  return true
}

/** How a digest words a target set (or replaced): "set a target: net zero by 2050". */
export function targetSummary(t: { targetYear: number; reductionPercent: number | null; netZero: boolean }) {
  if (t.netZero) return `set a target: net zero by ${t.targetYear}`
  if (t.reductionPercent !== null)
    return `set a target: ${t.reductionPercent}% fewer emissions by ${t.targetYear}`
  return `set an emissions target for ${t.targetYear}`
}
