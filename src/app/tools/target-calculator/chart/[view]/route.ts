import { emissionsChartSvg } from '@/components/charts/emissions-chart-svg'
import { SVG_HEADERS } from '@/components/charts/us-map-svg'
import { calculatorChart } from '@/components/tools/calculator-chart'
import { decodeViewKey } from '@/lib/view-key'
import { computeTargetCalculator } from '@/server/tools/compute-target-calculator'

// The calculator's chart as an image, keyed by its view's query (as the page's cached views are) and cached the
// same way, expired by the same tags; the page links it with a version of its data, so a browser never shows an
// older chart.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function GET(_: Request, { params }: { params: Promise<{ view: string }> }) {
  const view = await computeTargetCalculator({ params: decodeViewKey((await params).view) })
  const chart = calculatorChart(view)
  if (!chart) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(emissionsChartSvg(chart), { headers: SVG_HEADERS })
}
