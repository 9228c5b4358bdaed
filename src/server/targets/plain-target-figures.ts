import 'server-only'
import { splitCodes } from '@/lib/domain/gpc'
import type { TargetData } from '@/schemas/targets'

export type PlainTargetFigures = {
  sectorsCovered: string[]
  gasesCovered: string[]
  baseYear: number | null
  baseYearEmissions: number | null
  targetYear: number
  reductionPercent: number | null
  targetEmissions: number | null
}

/** A target's coverage (codes as lists) and main figures as plain data, as the profile and the portal show them. */
export function plainTargetFigures(
  t: Pick<
    TargetData,
    | 'sectorsCovered'
    | 'gasesCovered'
    | 'baseYear'
    | 'baseYearEmissions'
    | 'targetYear'
    | 'reductionPercent'
    | 'targetEmissions'
  >,
): PlainTargetFigures {
  return {
    sectorsCovered: splitCodes(t.sectorsCovered),
    gasesCovered: splitCodes(t.gasesCovered),
    baseYear: t.baseYear,
    baseYearEmissions: t.baseYearEmissions,
    targetYear: t.targetYear,
    reductionPercent: t.reductionPercent,
    targetEmissions: t.targetEmissions,
  }
}
