import { countMembersByState } from '@/server/campaigns/count-members-by-state'
import { FRAMED_SVG_HEADERS, usMapSvg } from '@/components/charts/us-map-svg'
import { directoryStateHref } from '@/components/charts/map-links'

// Cached like the home page; the counts' tags (network, members) expire this route too.
export const revalidate = 3600

/** The home page's member map as a document of links, one per state with members (an iframe: decision 0026). */
export async function GET() {
  const counts = await countMembersByState()
  const svg = usMapSvg({
    title: 'Member municipalities by state',
    counts,
    unit: 'members',
    stateHref: (state) => directoryStateHref(state),
  })
  return new Response(svg, { headers: FRAMED_SVG_HEADERS })
}
