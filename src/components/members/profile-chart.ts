import type { EmissionsChartData } from '@/components/charts/emissions-chart-svg'
import type { MemberProfile } from '@/server/municipalities/get-member-profile'

/** The target whose path the profile draws: the first with a computable path. */
export const chartedTarget = (profile: MemberProfile) => profile.targets.find((t) => t.progress.path !== null)

/** What the profile's emissions chart shows; null without a verified inventory. The page and the image share it. */
export function profileChart(profile: MemberProfile): EmissionsChartData | null {
  const { years, sectors } = profile.emissions
  if (years.length === 0) return null
  const charted = chartedTarget(profile)
  return {
    title: `Verified emissions of ${profile.name} by sector, ${years.at(0)?.year} to ${years.at(-1)?.year}`,
    description:
      `Stacked bars of tCO2e per accounting year by GPC sector` +
      (charted ? `, with the target path to ${charted.targetYear} as a dashed line.` : '.') +
      ' The table below gives the same figures.',
    sectors,
    years: years.map((y) => ({ year: y.year, bySector: y.bySector })),
    path: charted?.progress.points ?? [],
  }
}
