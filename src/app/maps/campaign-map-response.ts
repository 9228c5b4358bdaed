import 'server-only'
import { getCampaign } from '@/server/campaigns/get-campaign'
import { countSignatoriesByState } from '@/server/campaigns/count-signatories-by-state'
import type { CampaignSlug } from '@/server/campaigns/campaign-slugs'
import { SVG_HEADERS, usMapSvg } from '@/components/charts/us-map-svg'

/** A campaign's signatory map as an SVG image, titled as on the campaign page. */
export async function campaignMapResponse(slug: CampaignSlug): Promise<Response> {
  const [campaign, counts] = await Promise.all([
    getCampaign({ slug }),
    countSignatoriesByState({ campaignSlug: slug }),
  ])
  const title = `${campaign?.name ?? slug} signatories by state`
  return new Response(usMapSvg({ title, counts, unit: 'signatories' }), { headers: SVG_HEADERS })
}
