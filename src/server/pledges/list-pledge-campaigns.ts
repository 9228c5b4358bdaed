import 'server-only'
import { db } from '@/server/db'

/** Campaigns that can be signed: those with a published pledge text. */
export async function listPledgeCampaigns() {
  return db.campaign.findMany({
    where: { pledgeTexts: { some: { publishedAt: { not: null, lte: new Date() } } } },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { slug: true, name: true, shortName: true, tagline: true },
  })
}
