import 'server-only'
import type { Db } from '@/server/db'
import { db } from '@/server/db'
import { CAMPAIGN_SLUG_MAX, isSlug } from '@/lib/text'

type Client = Pick<Db, 'municipality' | 'campaign' | 'pledge'>

/**
 * The place and campaign of an ask by their slugs, and whether the place has signed the campaign (an
 * approved pledge): null when either is unknown, or is not a slug at all (a tampered form or URL).
 */
export async function findAskTarget(
  { placeSlug, campaignSlug }: { placeSlug: string; campaignSlug: string },
  client: Client = db,
) {
  if (!isSlug(placeSlug) || !isSlug(campaignSlug, CAMPAIGN_SLUG_MAX)) return null
  const [place, campaign] = await Promise.all([
    client.municipality.findUnique({
      where: { slug: placeSlug },
      select: {
        id: true,
        slug: true,
        name: true,
        state: true,
        county: true,
        population: true,
        isMember: true,
      },
    }),
    client.campaign.findUnique({
      where: { slug: campaignSlug },
      select: { id: true, slug: true, name: true, shortName: true, tagline: true },
    }),
  ])
  if (!place || !campaign) return null
  const signedPledge = await client.pledge.findFirst({
    where: { municipalityId: place.id, campaignId: campaign.id, status: 'APPROVED' },
    select: { commitmentDate: true },
  })
  return { place, campaign, signedAt: signedPledge ? (signedPledge.commitmentDate ?? new Date(0)) : null }
}
