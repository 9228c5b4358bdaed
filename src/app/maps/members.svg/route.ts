import { countMembersByState } from '@/server/campaigns/count-members-by-state'
import { SVG_HEADERS, usMapSvg } from '@/components/charts/us-map-svg'

// Cached like the home page; the counts' tags (network, members) expire this route too.
export const revalidate = 3600

/** The home page's member map as an SVG image. */
export async function GET() {
  const counts = await countMembersByState()
  return new Response(usMapSvg({ title: 'Member municipalities by state', counts, unit: 'members' }), {
    headers: SVG_HEADERS,
  })
}
