import { growthChartSvg } from '@/components/charts/growth-chart-svg'
import { SVG_HEADERS } from '@/components/charts/us-map-svg'
import { growthChart } from '@/components/progress/progress-charts'
import { countSignatoriesOverTime } from '@/server/progress/count-signatories-over-time'

// The progress report's members-and-signatories chart as an image, cached like the page, expired by its tags.
export const revalidate = 3600

export async function GET() {
  return new Response(growthChartSvg(growthChart(await countSignatoriesOverTime())), { headers: SVG_HEADERS })
}
