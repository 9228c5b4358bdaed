import { listTopAsks } from '@/server/asks/list-top-asks'
import { SVG_HEADERS, usMapSvg } from '@/components/charts/us-map-svg'

// Cached like /asks; the counts' tag (`asks`) expires this route too.
export const revalidate = 3600

/** The asks page's map: confirmed signatures asking places to join, by state, as an SVG image. */
export async function GET() {
  const { byState } = await listTopAsks({ limit: 20 })
  const counts = byState.map((s) => ({ state: s.state, count: s.signatures }))
  return new Response(usMapSvg({ title: 'Residents’ asks by state', counts, unit: 'signatures' }), {
    headers: SVG_HEADERS,
  })
}
