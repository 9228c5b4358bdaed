import 'server-only'
import { getCampaign } from '@/server/campaigns/get-campaign'
import { countSignatoriesByState } from '@/server/campaigns/count-signatories-by-state'
import type { CampaignSlug } from '@/server/campaigns/campaign-slugs'
import { listMemberLocations } from '@/server/municipalities/list-member-locations'
import { FRAMED_SVG_HEADERS, SVG_HEADERS, usMapSvg } from '@/components/charts/us-map-svg'
import { memberPointsSvg } from '@/components/charts/member-points-svg'
import { directoryStateHref } from '@/components/charts/map-links'

/**
 * A campaign's signatory map as an SVG image, titled as on the campaign page. `linked`: each state links to
 * the directory's view of the campaign's signatories there, for the page's embedded, clickable map.
 */
export async function campaignMapResponse(slug: CampaignSlug, { linked = false } = {}): Promise<Response> {
  const [campaign, counts] = await Promise.all([
    getCampaign({ slug }),
    countSignatoriesByState({ campaignSlug: slug }),
  ])
  const title = `${campaign?.name ?? slug} signatories by state`
  const stateHref = linked ? (state: string) => directoryStateHref(state, slug) : undefined
  return new Response(usMapSvg({ title, counts, unit: 'signatories', stateHref }), {
    headers: linked ? FRAMED_SVG_HEADERS : SVG_HEADERS,
  })
}

/** Where a campaign's signatories are, a dot each, as an SVG image. */
export async function campaignLocationsResponse(slug: CampaignSlug): Promise<Response> {
  const [campaign, points] = await Promise.all([
    getCampaign({ slug }),
    listMemberLocations({ campaignSlug: slug }),
  ])
  const title = `Where the ${campaign?.name ?? slug} signatories are`
  return new Response(memberPointsSvg({ title, points, unit: 'signatories' }), { headers: SVG_HEADERS })
}
