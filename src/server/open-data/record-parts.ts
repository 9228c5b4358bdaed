import 'server-only'
import { splitCodes } from '@/lib/domain/gpc'
import { hazardLabel } from '@/lib/domain/hazards'
import type { ClimateAction, HazardAssessment, Target } from '@/server/generated/sqlite/client'

// The parts the open data API (/api/v1/municipalities/<slug>) and the CRF export name alike, in the same order.

/** A target's coverage and figures. */
export function targetFigures(t: Target) {
  return {
    sectors_covered: splitCodes(t.sectorsCovered),
    gases_covered: splitCodes(t.gasesCovered),
    base_year: t.baseYear,
    base_year_emissions_tco2e: t.baseYearEmissions,
    target_year: t.targetYear,
    reduction_percent: t.reductionPercent,
    target_emissions_tco2e: t.targetEmissions,
    intensity_unit: t.intensityUnit,
    base_intensity: t.baseIntensity,
  }
}

/** A climate hazard of a report, with its name. */
export function hazardFields(h: HazardAssessment) {
  return {
    hazard: h.hazard,
    hazard_name: hazardLabel(h.hazard),
    risk_level: h.riskLevel,
    expected_impact: h.expectedImpact,
    vulnerable_groups: h.vulnerableGroups,
  }
}

/** A climate action of a report, but for its adoption date (each names and formats that its own way). */
export function actionFields(a: ClimateAction) {
  return { kind: a.kind, pillar: a.pillar, sector: a.sector, title: a.title, status: a.status, url: a.url }
}
