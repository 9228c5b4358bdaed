import 'server-only'
import type { Db } from '@/server/db'

/**
 * A municipality is a member while it has an approved pledge; it has been one since the earliest
 * commitment date among them. Recomputed from pledges rather than adjusted, so it cannot drift.
 */
export async function refreshMembership(tx: Pick<Db, 'pledge' | 'municipality'>, municipalityId: string) {
  const earliest = await tx.pledge.findFirst({
    where: { municipalityId, status: 'APPROVED' },
    orderBy: { commitmentDate: 'asc' },
    select: { commitmentDate: true },
  })
  return tx.municipality.update({
    where: { id: municipalityId },
    data: { isMember: Boolean(earliest), memberSince: earliest?.commitmentDate ?? null },
    select: { id: true, slug: true, isMember: true, memberSince: true },
  })
}
