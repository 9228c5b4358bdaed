import type { EmissionsChartData } from '@/components/charts/emissions-chart-svg'
import type { GrowthChartData } from '@/components/charts/growth-chart-svg'
import type { EmissionsProgress } from '@/server/progress/get-emissions-progress'
import type { SignatoriesOverTime } from '@/server/progress/count-signatories-over-time'

/** What the growth chart shows: running totals by year. The page and the image share it. */
export function growthChart(data: SignatoriesOverTime): GrowthChartData {
  const periods = data.years.map((y) => y.period)
  return {
    title: `Members and signatories, ${periods.at(0)} to ${periods.at(-1)}`,
    description:
      'Lines of the running total at the end of each year: ' +
      data.series.map((s) => s.label.toLowerCase()).join(', ') +
      '. The table below gives the same figures.',
    periods,
    series: data.series.map((s) => ({
      label: s.label,
      values: data.years.map((y) => y.cumulative[s.key] ?? 0),
    })),
  }
}

/** The members' verified inventories by sector against the sum of their target paths; null without targets. */
export function emissionsProgressChart(progress: EmissionsProgress): EmissionsChartData | null {
  if (progress.years.length === 0) return null
  const reported = progress.years.filter((y) => y.verified !== null)
  const sectors = [...new Set(reported.flatMap((y) => Object.keys(y.bySector)))]
  return {
    title: `Verified emissions of members with targets, against their combined target path to ${progress.years.at(-1)?.year}`,
    description:
      'Stacked bars of the verified tCO2e per accounting year by GPC sector, summed over the members with a target ' +
      '(over the sectors each target covers), with the sum of their target paths as a dashed line. ' +
      'The table below gives the same figures.',
    sectors,
    years: reported.map((y) => ({ year: y.year, bySector: y.bySector })),
    path: progress.years.map((y) => ({ year: y.year, value: y.targetPath })),
  }
}

/** A short hash of a chart's data for its image's URL, so a page never shows an older chart from a cache. */
export function dataVersion(data: unknown): string {
  let hash = 0x811c9dc5 // FNV-1a, 32 bits
  for (const char of JSON.stringify(data)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
  return (hash >>> 0).toString(36)
}
