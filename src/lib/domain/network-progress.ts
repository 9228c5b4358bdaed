// The network's emissions progress, summed from each member's target path and verified inventories with the
// same code the member profiles use (target-path.ts). Pure: plain data in, plain data out.
import { GPC_SECTOR_CODES } from './gpc'
import {
  assessTargetProgress,
  pathValue,
  sumInventory,
  type InventoryEntryInput,
  type TargetPath,
  type TargetPathInput,
  type TargetProgress,
} from './target-path'

export type MemberEmissionsInput = {
  /** Active targets in the profile's order (target year, then when recorded), with their covered sectors. */
  targets: (TargetPathInput & { sectorsCovered: string[] })[]
  /** Verified reports' inventories. */
  reports: { year: number; entries: InventoryEntryInput[] }[]
}

export type MemberTrajectory = {
  path: TargetPath
  progress: TargetProgress
  /** Verified inventories over the sectors the target covers, by sector; years without a figure left out. */
  inventories: { year: number; total: number; bySector: Record<string, number | null> }[]
}

/**
 * The target a member's profile charts (the first active target whose path can be drawn) with its progress,
 * inventories summed over the sectors it covers (like with like, as the profile compares them); null when no
 * target has a path.
 */
export function memberTrajectory({ targets, reports }: MemberEmissionsInput): MemberTrajectory | null {
  for (const target of targets) {
    const sectors = target.sectorsCovered.length > 0 ? target.sectorsCovered : undefined
    const totals = reports.map((r) => ({ year: r.year, total: sumInventory(r.entries, { sectors }).total }))
    const progress = assessTargetProgress({ target, inventories: totals })
    if (!progress.path) continue
    const covered = GPC_SECTOR_CODES.filter((s) => !sectors || sectors.includes(s))
    const inventories = reports.flatMap((r) => {
      const total = sumInventory(r.entries, { sectors }).total
      if (total === null) return []
      const bySector = Object.fromEntries(
        covered.map((s) => [s, sumInventory(r.entries, { sectors: [s] }).total]),
      )
      return [{ year: r.year, total, bySector }]
    })
    return { path: progress.path, progress, inventories }
  }
  return null
}

/** The path's tCO2e in any year: held at its start level before it starts, at its target level after it ends. */
export function heldPathValue(path: TargetPath, year: number): number {
  return pathValue(path, year) ?? path.startEmissions
}

export type AggregateYear = {
  year: number
  /** Sum over every member with a target of its path in this year (held before its start and after its end). */
  targetPath: number
  /** Members with a verified inventory for this year. */
  reporting: number
  /** Sum of their verified inventories (over the sectors their targets cover); null when none reported. */
  verified: number | null
  /** The same members' target paths in this year: what their inventories should be at or below. */
  reportingPath: number | null
  /** The verified sum by GPC sector, for the chart. */
  bySector: Record<string, number | null>
}

/** Year by year from the first path start or inventory to `until`: the aggregate path against verified sums. */
export function aggregateEmissions(
  trajectories: readonly MemberTrajectory[],
  until: number,
): AggregateYear[] {
  if (trajectories.length === 0) return []
  // Loops, not Math.min(...): a spread of one argument per member overflows the call stack at 100,000 members.
  let first = Infinity
  let last = until
  for (const t of trajectories) {
    first = Math.min(first, t.path.startYear)
    for (const i of t.inventories) {
      first = Math.min(first, i.year)
      last = Math.max(last, i.year)
    }
  }
  const years: AggregateYear[] = []
  for (let year = first; year <= last; year++) {
    let targetPath = 0
    let reporting = 0
    let verified = 0
    let reportingPath = 0
    const bySector: Record<string, number | null> = {}
    for (const t of trajectories) {
      const value = heldPathValue(t.path, year)
      targetPath += value
      const inventory = t.inventories.find((i) => i.year === year)
      if (!inventory) continue
      reporting++
      verified += inventory.total
      reportingPath += value
      for (const [sector, v] of Object.entries(inventory.bySector))
        if (v !== null) bySector[sector] = (bySector[sector] ?? 0) + v
    }
    years.push({
      year,
      targetPath,
      reporting,
      verified: reporting > 0 ? verified : null,
      reportingPath: reporting > 0 ? reportingPath : null,
      bySector,
    })
  }
  return years
}

export type TargetProjection = {
  year: number
  /** Sum of the members' paths in that year. */
  emissions: number
  /** Against the sum of their paths' starting levels, percent (positive is a reduction). */
  reductionPercent: number | null
  /** Members whose target year is this year or earlier: the rest are still on their way. */
  targetsReached: number
}

export type TargetProjections = {
  members: number
  /** Sum of the paths' starting levels (base-year emissions, or the first inventory). */
  startTotal: number
  netZero: number
  years: TargetProjection[]
}

/** Where current targets lead the members who set them: each path followed, held at its level after its target year. */
export function projectTargets(
  trajectories: readonly MemberTrajectory[],
  years: readonly number[],
): TargetProjections {
  const startTotal = trajectories.reduce((sum, t) => sum + t.path.startEmissions, 0)
  return {
    members: trajectories.length,
    startTotal,
    netZero: trajectories.filter((t) => t.path.netZero).length,
    years: years.map((year) => {
      const emissions = trajectories.reduce((sum, t) => sum + heldPathValue(t.path, year), 0)
      return {
        year,
        emissions,
        reductionPercent: startTotal > 0 ? ((startTotal - emissions) / startTotal) * 100 : null,
        targetsReached: trajectories.filter((t) => t.path.targetYear <= year).length,
      }
    }),
  }
}

export type ReductionsSinceBase = {
  /** Members with a target path and a verified inventory of a later year than the path's start. */
  members: number
  baseTotal: number
  latestTotal: number
  /** baseTotal - latestTotal: negative when emissions rose. */
  reduction: number
  reductionPercent: number | null
  /** Of those, members whose latest verified inventory is at or below their path (the profile's "on track"). */
  onTrack: number
}

/** Base year (the path's start) against the latest verified inventory, summed over members that have both. */
export function reductionsSinceBase(trajectories: readonly MemberTrajectory[]): ReductionsSinceBase {
  let members = 0
  let baseTotal = 0
  let latestTotal = 0
  let onTrack = 0
  for (const { path, progress } of trajectories) {
    if (
      progress.latestYear === null ||
      progress.latestTotal === null ||
      progress.latestYear <= path.startYear
    )
      continue
    members++
    baseTotal += path.startEmissions
    latestTotal += progress.latestTotal
    if (progress.onTrack) onTrack++
  }
  const reduction = baseTotal - latestTotal
  return {
    members,
    baseTotal,
    latestTotal,
    reduction,
    reductionPercent: baseTotal > 0 ? (reduction / baseTotal) * 100 : null,
    onTrack,
  }
}
