import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { campaignRecord, currentPledgeText, type CampaignRecord } from './campaign-record'

async function load(): Promise<CampaignRecord[]> {
  const [campaigns, counts] = await Promise.all([
    db.campaign.findMany({ orderBy: { sortOrder: 'asc' }, include: { pledgeTexts: currentPledgeText } }),
    db.pledge.groupBy({ by: ['campaignId'], where: { status: 'APPROVED' }, _count: { _all: true } }),
  ])
  const byCampaign = new Map(counts.map((c) => [c.campaignId, c._count._all]))
  return campaigns.map((c) => campaignRecord(c, byCampaign.get(c.id) ?? 0, c.pledgeTexts[0]))
}

/** /api/v1/campaigns: every campaign with its signatory count and current pledge text version. */
export const listCampaignRecords = unstable_cache(load, ['campaign-records'], {
  tags: [tags.campaigns],
  revalidate: 3600,
})
