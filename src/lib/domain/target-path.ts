// Every CRF target type turned into a straight tCO2e-per-year line from its start to its target year,
// and progress measured against it from verified inventories. Pure: plain data in, plain data out
// (no functions or NaN in results, so they survive unstable_cache's JSON round trip).

export type TargetType = 'BASE_YEAR_ABSOLUTE' | 'BASE_YEAR_INTENSITY' | 'FIXED_LEVEL' | 'BASELINE_SCENARIO'

export type TargetPathInput = {
  type: TargetType
  baseYear: number | null
  baseYearEmissions: number | null // tCO2e
  targetYear: number
  reductionPercent: number | null // 0-100
  targetEmissions: number | null // tCO2e
  baseIntensity: number | null // tCO2e per unit of activity in the base year
  baseActivity: number | null
  targetActivity: number | null // projected activity in the target year
  bauEmissions: number | null // business-as-usual tCO2e in the target year
  netZero: boolean
}

/** One verified inventory's total (see sumInventory); null when it has no figures. */
export type InventoryTotal = { year: number; total: number | null }

export type TargetPath = {
  startYear: number
  startEmissions: number
  targetYear: number
  targetEmissions: number
  netZero: boolean
}

export type TargetProgress = {
  path: TargetPath | null // null when the target lacks the figures to draw it
  points: { year: number; value: number }[] // the path, one point a year, for charts and their tables
  latestYear: number | null
  latestTotal: number | null
  pathValueAtLatest: number | null
  reductionRequired: number | null // tCO2e from start to target
  percentAchieved: number | null // reduction so far / reduction required x 100; may be < 0 or > 100
  onTrack: boolean | null // latest total at or below the path in its year; null when there is nothing to compare
}

// Floating-point noise below a kilogram is not a real difference; otherwise the tolerance is zero.
const NOISE_TCO2E = 0.001

const cut = (value: number, percent: number) => (value * (100 - percent)) / 100

function isFiniteNumber(n: number | null | undefined): n is number {
  return typeof n === 'number' && Number.isFinite(n)
}

/** tCO2e the target aims for in its target year, or null when the target lacks the figures. */
export function targetYearEmissions(target: TargetPathInput): number | null {
  if (target.netZero) return 0
  const p = target.reductionPercent
  const explicit = isFiniteNumber(target.targetEmissions) ? target.targetEmissions : null
  switch (target.type) {
    case 'BASE_YEAR_ABSOLUTE':
      return isFiniteNumber(p) && isFiniteNumber(target.baseYearEmissions)
        ? cut(target.baseYearEmissions, p)
        : explicit
    case 'BASE_YEAR_INTENSITY': {
      const intensity = baseIntensityOf(target)
      return isFiniteNumber(p) && intensity !== null && isFiniteNumber(target.targetActivity)
        ? cut(intensity, p) * target.targetActivity
        : explicit
    }
    case 'FIXED_LEVEL':
      return explicit
    case 'BASELINE_SCENARIO':
      return isFiniteNumber(p) && isFiniteNumber(target.bauEmissions) ? cut(target.bauEmissions, p) : explicit
  }
}

function baseIntensityOf(target: TargetPathInput): number | null {
  if (isFiniteNumber(target.baseIntensity)) return target.baseIntensity
  const { baseYearEmissions, baseActivity } = target
  return isFiniteNumber(baseYearEmissions) && isFiniteNumber(baseActivity) && baseActivity !== 0
    ? baseYearEmissions / baseActivity
    : null
}

function inventoryIn(year: number, inventories: readonly InventoryTotal[]): number | null {
  return inventories.find((i) => i.year === year && isFiniteNumber(i.total))?.total ?? null
}

// Where the line starts: the base year and its emissions; fixed-level and baseline-scenario targets
// without a base year start at the first inventory year given.
function startOf(target: TargetPathInput, inventories: readonly InventoryTotal[]) {
  if (target.baseYear !== null) {
    const intensity = target.type === 'BASE_YEAR_INTENSITY' ? baseIntensityOf(target) : null
    const fromIntensity =
      intensity !== null && isFiniteNumber(target.baseActivity) ? intensity * target.baseActivity : null
    const emissions = isFiniteNumber(target.baseYearEmissions)
      ? target.baseYearEmissions
      : (fromIntensity ?? inventoryIn(target.baseYear, inventories))
    return emissions === null ? null : { year: target.baseYear, emissions }
  }
  if (target.type !== 'FIXED_LEVEL' && target.type !== 'BASELINE_SCENARIO') return null
  const first = inventories
    .filter((i) => isFiniteNumber(i.total))
    .reduce<InventoryTotal | null>((a, b) => (a === null || b.year < a.year ? b : a), null)
  return first && isFiniteNumber(first.total) ? { year: first.year, emissions: first.total } : null
}

/** The straight line from start to target, or null when the target lacks the figures to draw it. */
export function buildTargetPath(target: TargetPathInput, inventories: readonly InventoryTotal[] = []) {
  const start = startOf(target, inventories)
  const end = targetYearEmissions(target)
  if (!start || end === null || start.year > target.targetYear) return null
  const path: TargetPath = {
    startYear: start.year,
    startEmissions: start.emissions,
    targetYear: target.targetYear,
    targetEmissions: end,
    netZero: target.netZero || end === 0,
  }
  return path
}

/** The path's tCO2e for a year: null before it starts, the target level from the target year on. */
export function pathValue(path: TargetPath, year: number): number | null {
  if (year < path.startYear) return null
  if (year >= path.targetYear) return path.targetEmissions
  const share = (year - path.startYear) / (path.targetYear - path.startYear)
  return path.startEmissions + (path.targetEmissions - path.startEmissions) * share
}

export function pathPoints(path: TargetPath): { year: number; value: number }[] {
  const points: { year: number; value: number }[] = []
  for (let year = path.startYear; year <= path.targetYear; year++) {
    points.push({ year, value: pathValue(path, year) ?? path.startEmissions })
  }
  return points
}

/** The most recent inventory with a total. */
export function latestInventory(
  inventories: readonly InventoryTotal[],
): { year: number; total: number } | null {
  let best: { year: number; total: number } | null = null
  for (const { year, total } of inventories) {
    if (isFiniteNumber(total) && (best === null || year > best.year)) best = { year, total }
  }
  return best
}

/** "% achieved" and "on track" for a target, from verified inventory totals. */
export function assessTargetProgress({
  target,
  inventories,
}: {
  target: TargetPathInput
  inventories: readonly InventoryTotal[]
}): TargetProgress {
  const path = buildTargetPath(target, inventories)
  const latest = latestInventory(inventories)
  const atLatest = path && latest ? pathValue(path, latest.year) : null
  const required = path ? path.startEmissions - path.targetEmissions : null
  const achieved =
    path && latest && required !== null && required > 0
      ? ((path.startEmissions - latest.total) / required) * 100
      : null
  return {
    path,
    points: path ? pathPoints(path) : [],
    latestYear: latest?.year ?? null,
    latestTotal: latest?.total ?? null,
    pathValueAtLatest: atLatest,
    reductionRequired: required,
    percentAchieved: achieved,
    onTrack: latest && atLatest !== null ? latest.total <= atLatest + NOISE_TCO2E : null,
  }
}

export type InventoryEntryInput = { sector: string; emissions: number | null; notationKey: string | null }

export type InventorySum = {
  total: number | null // null when no entry has a figure
  missingFigures: boolean // some entry has no figure and no key explaining why (NO, IE)
}

/**
 * Sum of an inventory's figures in tCO2e, optionally only the given GPC sectors. Entries without a figure
 * count as 0; "not occurring" (NO) and "included elsewhere" (IE) are accounted for, anything else is missing.
 */
export function sumInventory(
  entries: readonly InventoryEntryInput[],
  { sectors }: { sectors?: readonly string[] } = {},
): InventorySum {
  let total: number | null = null
  let missingFigures = false
  for (const e of entries) {
    if (sectors && !sectors.includes(e.sector)) continue
    if (isFiniteNumber(e.emissions)) total = (total ?? 0) + e.emissions
    else if (e.notationKey !== 'NO' && e.notationKey !== 'IE') missingFigures = true
  }
  return { total, missingFigures }
}
