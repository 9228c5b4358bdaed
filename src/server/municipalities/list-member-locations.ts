import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { CampaignSlug } from '@/server/campaigns/campaign-slugs'

export type MemberLocation = { state: string; latitude: number; longitude: number }

async function load(campaignSlug: CampaignSlug | null): Promise<MemberLocation[]> {
  const rows = await db.municipality.findMany({
    where: {
      isMember: true,
      latitude: { not: null },
      longitude: { not: null },
      ...(campaignSlug && { pledges: { some: { status: 'APPROVED', campaign: { slug: campaignSlug } } } }),
    },
    select: { state: true, latitude: true, longitude: true },
    orderBy: [{ state: 'asc' }, { slug: 'asc' }],
  })
  return rows.map((r) => ({ state: r.state, latitude: r.latitude!, longitude: r.longitude! }))
}

/**
 * Where the members are (the members with a known location), or a campaign's signatories: cached and expired
 * by the same tags as the member data (and the campaign's, for its signatories).
 */
export function listMemberLocations({
  campaignSlug = null,
}: { campaignSlug?: CampaignSlug | null } = {}): Promise<MemberLocation[]> {
  return unstable_cache(() => load(campaignSlug), ['member-locations', campaignSlug ?? 'all'], {
    tags: campaignSlug
      ? [tags.members, tags.campaign(campaignSlug), tags.campaigns]
      : [tags.members, tags.network],
    revalidate: 3600,
  })()
}
