// The public target calculator's figures: the path the member profiles draw (target-path.ts), year by year,
// beside a member's verified inventory totals when one is chosen. Pure, like target-path.ts.
import {
  assessTargetProgress,
  pathValue,
  type InventoryTotal,
  type TargetPathInput,
  type TargetProgress,
} from './target-path'

export type CalculatorRow = {
  year: number
  path: number | null // tCO2e on the path; null before it starts
  cutPercent: number | null // the path's cut from its start, in %
  inventory: number | null // the member's verified total that year
  difference: number | null // inventory minus path: above the path when > 0
}

export type CalculatorResult = {
  progress: TargetProgress
  rows: CalculatorRow[]
  /** Verified totals with a figure, for the chart's points. */
  inventories: { year: number; value: number }[]
}

/** The year-by-year path of a target and, with a member's verified totals, how they compare with it. */
export function calculateTargetPath({
  target,
  inventories = [],
}: {
  target: TargetPathInput
  inventories?: readonly InventoryTotal[]
}): CalculatorResult {
  const progress = assessTargetProgress({ target, inventories })
  const verified = new Map<number, number>()
  for (const i of inventories) if (i.total !== null && Number.isFinite(i.total)) verified.set(i.year, i.total)
  const path = progress.path
  const years = new Set([...progress.points.map((p) => p.year), ...verified.keys()])
  const rows = [...years]
    .sort((a, b) => a - b)
    .map((year): CalculatorRow => {
      const value = path ? pathValue(path, year) : null
      const inventory = verified.get(year) ?? null
      return {
        year,
        path: value,
        cutPercent:
          path && value !== null && path.startEmissions > 0
            ? ((path.startEmissions - value) / path.startEmissions) * 100
            : null,
        inventory,
        difference: inventory !== null && value !== null ? inventory - value : null,
      }
    })
  return {
    progress,
    rows,
    inventories: [...verified].sort(([a], [b]) => a - b).map(([year, value]) => ({ year, value })),
  }
}
