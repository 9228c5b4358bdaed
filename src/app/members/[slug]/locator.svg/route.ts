import { SVG_HEADERS } from '@/components/charts/us-map-svg'
import { locatorSvg } from '@/components/charts/member-points-svg'
import { getMemberProfile } from '@/server/municipalities/get-member-profile'
import { locatorAlt } from '@/components/members/profile-locator'

// A profile's locator map as an image, cached like the profile and expired by the same tags; the page links it
// with a version of the location in the query, so a browser never shows an older map.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function GET(_: Request, { params }: { params: Promise<{ slug: string }> }) {
  const profile = await getMemberProfile({ slug: (await params).slug })
  const svg =
    profile?.location &&
    locatorSvg({ title: locatorAlt(profile), point: { state: profile.state, ...profile.location } })
  if (!svg) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(svg, { headers: SVG_HEADERS })
}
