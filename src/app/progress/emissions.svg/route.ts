import { emissionsChartSvg } from '@/components/charts/emissions-chart-svg'
import { SVG_HEADERS } from '@/components/charts/us-map-svg'
import { emissionsProgressChart } from '@/components/progress/progress-charts'
import { getEmissionsProgress } from '@/server/progress/get-emissions-progress'

// The progress report's emissions chart as an image, cached like the page and expired by the same tags.
export const revalidate = 3600

export async function GET() {
  const chart = emissionsProgressChart(await getEmissionsProgress())
  if (!chart) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(emissionsChartSvg(chart), { headers: SVG_HEADERS })
}
