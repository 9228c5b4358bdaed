import 'server-only'

/** A target's own figures and coverage (what an official types in): read for editing, comparing and copying. */
export const targetFields = {
  type: true,
  sectorsCovered: true,
  gasesCovered: true,
  baseYear: true,
  baseYearEmissions: true,
  targetYear: true,
  reductionPercent: true,
  targetEmissions: true,
  intensityUnit: true,
  baseIntensity: true,
  baseActivity: true,
  targetActivity: true,
  bauEmissions: true,
  netZero: true,
  adoptedAt: true,
} as const
