import 'server-only'
import { db } from '@/server/db'
import { CAMPAIGN_SLUG_MAX, isSlug } from '@/lib/text'

export type SignedPlace = { slug: string; isMember: boolean }

/**
 * Which of these places have already signed a campaign (an approved pledge: public, unlike a pending one),
 * so the pledge form's search results can say so before anyone fills in five steps. The campaign's slug may
 * come from a query string (/api/places?campaign=): text that is not a slug names no campaign.
 */
export async function findSignedPlaces({
  municipalityIds,
  campaignSlug,
}: {
  municipalityIds: string[]
  campaignSlug: string
}): Promise<{ campaignShortName: string | null; signed: Map<string, SignedPlace> }> {
  const campaign = isSlug(campaignSlug, CAMPAIGN_SLUG_MAX)
    ? await db.campaign.findUnique({ where: { slug: campaignSlug }, select: { id: true, shortName: true } })
    : null
  if (!campaign) return { campaignShortName: null, signed: new Map() }
  if (municipalityIds.length === 0) return { campaignShortName: campaign.shortName, signed: new Map() }
  const pledges = await db.pledge.findMany({
    where: { campaignId: campaign.id, status: 'APPROVED', municipalityId: { in: municipalityIds } },
    select: { municipality: { select: { id: true, slug: true, isMember: true } } },
  })
  return {
    campaignShortName: campaign.shortName,
    signed: new Map(pledges.map(({ municipality: m }) => [m.id, { slug: m.slug, isMember: m.isMember }])),
  }
}
