import 'server-only'
import { unstable_cache } from 'next/cache'
import { tags } from '@/server/cache-tags'
import {
  aggregateEmissions,
  projectTargets,
  reductionsSinceBase,
  type AggregateYear,
  type ReductionsSinceBase,
  type TargetProjections,
} from '@/lib/domain/network-progress'
import { loadMemberTrajectories } from './load-member-trajectories'

/** The years the progress report projects current targets to. */
export const PROJECTION_YEARS = [2030, 2050] as const

export type EmissionsProgress = {
  /** Members with an active target, and of those the ones whose target has a path to draw. */
  membersWithTargets: number
  membersWithPaths: number
  years: AggregateYear[]
  projections: TargetProjections
  reductions: ReductionsSinceBase
}

async function load(): Promise<EmissionsProgress> {
  const { withTargets, trajectories } = await loadMemberTrajectories()
  return {
    membersWithTargets: withTargets,
    membersWithPaths: trajectories.length,
    years: aggregateEmissions(trajectories, Math.max(...PROJECTION_YEARS)),
    projections: projectTargets(trajectories, PROJECTION_YEARS),
    reductions: reductionsSinceBase(trajectories),
  }
}

/**
 * The members' verified inventories against the sum of their target paths, projections of those paths and
 * the reductions verified since their base years; expired with the home page's figures (a verification, a
 * target change, an approval or a member's edit expires `network`).
 */
export const getEmissionsProgress = unstable_cache(load, ['emissions-progress', 'v1'], {
  tags: [tags.network, tags.members],
  revalidate: 3600,
})
