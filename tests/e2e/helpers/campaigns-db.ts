// Figures for the campaign and home page tests, read straight from the e2e database.
import { withE2eDb } from './e2e-db'

export function approvedSignatoryCount(campaignSlug: string, state?: string): Promise<number> {
  return withE2eDb((db) =>
    db.pledge.count({
      where: { campaign: { slug: campaignSlug }, status: 'APPROVED', municipality: state ? { state } : {} },
    }),
  )
}

/** Approved signatories per state, most first (ties by state). */
export async function signatoriesByState(campaignSlug: string): Promise<{ state: string; n: number }[]> {
  const pledges = await withE2eDb((db) =>
    db.pledge.findMany({
      where: { campaign: { slug: campaignSlug }, status: 'APPROVED' },
      select: { municipality: { select: { state: true } } },
    }),
  )
  const counts = new Map<string, number>()
  for (const { municipality } of pledges)
    counts.set(municipality.state, (counts.get(municipality.state) ?? 0) + 1)
  return [...counts]
    .map(([state, n]) => ({ state, n }))
    .sort((a, b) => b.n - a.n || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0))
}

export async function latestPledgeTextVersion(campaignSlug: string): Promise<number | null> {
  const latest = await withE2eDb((db) =>
    db.pledgeText.aggregate({
      where: { campaign: { slug: campaignSlug }, publishedAt: { not: null } },
      _max: { version: true },
    }),
  )
  return latest._max.version
}

export const formatCount = (n: number) => n.toLocaleString('en-US')
