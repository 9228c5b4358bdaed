import type { NextRequest } from 'next/server'
import { emissionsChartSvg } from '@/components/charts/emissions-chart-svg'
import { SVG_HEADERS } from '@/components/charts/us-map-svg'
import { calculatorChart } from '@/components/tools/calculator-chart'
import { computeTargetCalculator } from '@/server/tools/compute-target-calculator'

// The calculator's chart as an image, drawn from the same query as its page (which links it with a version of
// its data, so a browser never shows an older chart). Computed for each request, like the page's views.
export const dynamic = 'force-dynamic'

export async function GET(request: NextRequest) {
  const chart = calculatorChart(await computeTargetCalculator({ params: request.nextUrl.searchParams }))
  if (!chart) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(emissionsChartSvg(chart), { headers: SVG_HEADERS })
}
