import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type CampaignSummary = {
  slug: string
  name: string
  shortName: string
  tagline: string
  hasCompliancePath: boolean
  signatories: number
}

async function load(): Promise<CampaignSummary[]> {
  const [campaigns, counts] = await Promise.all([
    db.campaign.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { id: true, slug: true, name: true, shortName: true, tagline: true, hasCompliancePath: true },
    }),
    db.pledge.groupBy({ by: ['campaignId'], where: { status: 'APPROVED' }, _count: { _all: true } }),
  ])
  const byId = new Map(counts.map((c) => [c.campaignId, c._count._all]))
  return campaigns.map(({ id, ...c }) => ({ ...c, signatories: byId.get(id) ?? 0 }))
}

/** Every campaign in display order, with its count of approved signatories. */
export const listCampaigns = unstable_cache(load, ['campaigns-list'], {
  tags: [tags.campaigns],
  revalidate: 3600,
})
