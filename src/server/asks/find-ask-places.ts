import 'server-only'
import { db } from '@/server/db'
import { searchPlaces } from '@/server/pledges/search-places'

/**
 * Places matching a name (any of the 16,000 seeded, members or not: the pledge form's search), each with the
 * campaigns it has signed, so the ask search offers only the campaigns a place has not joined.
 */
export async function findAskPlaces({ q, state }: { q: string; state?: string }) {
  const found = await searchPlaces({ q, state, limit: 15 })
  if (found.length === 0) return []
  const ids = found.map((p) => p.id)
  const [slugs, signed] = await Promise.all([
    db.municipality.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } }),
    db.pledge.findMany({
      where: { status: 'APPROVED', municipalityId: { in: ids } },
      select: { municipalityId: true, campaign: { select: { slug: true } } },
    }),
  ])
  const slugOf = new Map(slugs.map((s) => [s.id, s.slug]))
  return found.map((p) => ({
    ...p,
    slug: slugOf.get(p.id) ?? '',
    signedCampaigns: signed.filter((s) => s.municipalityId === p.id).map((s) => s.campaign.slug),
  }))
}
