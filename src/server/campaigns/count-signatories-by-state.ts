import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type StateCount = { state: string; count: number }

async function load(campaignSlug: string): Promise<StateCount[]> {
  // Grouping municipalities (one live pledge each per campaign) counts signatories without loading them.
  const groups = await db.municipality.groupBy({
    by: ['state'],
    where: { pledges: { some: { status: 'APPROVED', campaign: { slug: campaignSlug } } } },
    _count: { _all: true },
  })
  return groups
    .map((g) => ({ state: g.state, count: g._count._all }))
    .sort((a, b) => a.state.localeCompare(b.state))
}

/** Approved signatories of a campaign per state, states without any left out, ordered by code. */
export function countSignatoriesByState({ campaignSlug }: { campaignSlug: string }): Promise<StateCount[]> {
  return unstable_cache(() => load(campaignSlug), ['signatories-by-state', campaignSlug], {
    tags: [tags.campaign(campaignSlug), tags.campaigns],
    revalidate: 3600,
  })()
}
