import { emissionsChartSvg } from '@/components/charts/emissions-chart-svg'
import { SVG_HEADERS } from '@/components/charts/us-map-svg'
import { profileChart } from '@/components/members/profile-chart'
import { getMemberProfile } from '@/server/municipalities/get-member-profile'

// A profile's emissions chart as an image, cached like the profile and expired by the same tags; the page links
// it with a version of its data in the query, so a browser never shows an older chart.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function GET(_: Request, { params }: { params: Promise<{ slug: string }> }) {
  const profile = await getMemberProfile({ slug: (await params).slug })
  const chart = profile && profileChart(profile)
  if (!chart) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(emissionsChartSvg(chart), { headers: SVG_HEADERS })
}
