import type { EmissionsChartData } from '@/components/charts/emissions-chart-svg'
import { formatNumber } from '@/lib/format'
import { encodeViewKey } from '@/lib/view-key'
import { CALCULATOR_PATH, calculatorSearch, type CalculatorValues } from '@/schemas/target-calculator'
import type { TargetCalculatorView } from '@/server/tools/compute-target-calculator'

const tonnes = (n: number) => `${formatNumber(Math.round(n))} tCO2e`

/** What the calculator's chart shows; null when there is no path to draw. The page and the image share it. */
export function calculatorChart({ result, member }: TargetCalculatorView): EmissionsChartData | null {
  const path = result?.progress.path
  if (!result || !path) return null
  const compared = member !== null && result.inventories.length > 0
  return {
    title:
      `Target path from ${path.startYear} to ${path.targetYear}` +
      (compared ? ` and the verified emissions of ${member.name}, ${member.state}` : ''),
    description:
      `A dashed line of emissions per year from ${tonnes(path.startEmissions)} in ${path.startYear} to ` +
      `${tonnes(path.targetEmissions)} in ${path.targetYear}` +
      (compared ? ', with each verified inventory total as a point.' : '.') +
      ' The table below gives the same figures.',
    sectors: [],
    years: [],
    path: result.progress.points,
    totals: compared ? result.inventories : [],
  }
}

/** The chart image of a view: its figures and member (not the words of a member search) as one path segment. */
export const calculatorChartPath = (values: CalculatorValues) =>
  `${CALCULATOR_PATH}/chart/${encodeViewKey(calculatorSearch({ ...values, q: undefined, step: undefined }))}`
