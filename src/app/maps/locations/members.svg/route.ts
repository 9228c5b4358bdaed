import { listMemberLocations } from '@/server/municipalities/list-member-locations'
import { SVG_HEADERS } from '@/components/charts/us-map-svg'
import { memberPointsSvg } from '@/components/charts/member-points-svg'

// Cached; the member data's tags (members, network) expire this route too.
export const revalidate = 3600

/** Where the members are, a dot each, as an SVG image (the directory page). */
export async function GET() {
  const points = await listMemberLocations()
  const svg = memberPointsSvg({ title: 'Where the member municipalities are', points, unit: 'members' })
  return new Response(svg, { headers: SVG_HEADERS })
}
