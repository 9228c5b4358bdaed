import type { CompliancePillar } from '@/lib/domain/compliance'
import type { MunicipalityCompliance } from '@/server/compliance/get-municipality-compliance'
import type { TargetProgress, TargetType } from '@/lib/domain/target-path'
import type { PlainTargetFigures } from '@/server/targets/plain-target-figures'

// Plain data only (dates as ISO strings): a profile passes through unstable_cache's JSON round trip.
export type ProfileCampaign = {
  slug: string
  name: string
  signatoryName: string
  signatoryTitle: string
  signedAt: string
  commitmentDate: string | null
  pledgeTextVersion: number
}

export type ProfileCompliance = Omit<MunicipalityCompliance, 'municipalityId'>

export type ProfileTarget = PlainTargetFigures & {
  id: string
  type: TargetType
  intensityUnit: string | null
  netZero: boolean
  adoptedAt: string | null
  progress: TargetProgress
}

/** Verified inventories: tCO2e per GPC sector (all scopes) per accounting year. */
export type ProfileEmissions = {
  sectors: string[] // GPC sector codes with a figure in some year, in GPC order
  years: { year: number; bySector: Record<string, number | null>; total: number | null }[]
}

export type ProfileHazard = {
  hazard: string
  label: string
  riskLevel: 'LOW' | 'MODERATE' | 'HIGH' | 'EXTREME'
  expectedImpact: string
  vulnerableGroups: string
}

export type ProfileAction = {
  title: string
  kind: 'PLAN' | 'ACTION'
  pillar: CompliancePillar
  sector: string | null
  status: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED'
  url: string | null
  adoptedAt: string | null
  reportYear: number // accounting year of the verified report that last listed it
}

export type MemberProfile = {
  slug: string
  name: string
  state: string
  stateName: string
  county: string | null
  population: number | null
  populationYear: number | null
  website: string | null
  /** Where the place is, for its locator map; null when not known. */
  location: { latitude: number; longitude: number } | null
  memberSince: string | null
  campaigns: ProfileCampaign[]
  compliance: ProfileCompliance
  targets: ProfileTarget[]
  emissions: ProfileEmissions
  hazards: { year: number; items: ProfileHazard[] } | null
  actions: ProfileAction[]
  implementedSolutions: { slug: string; title: string; year: number | null }[]
  suggestedSolutions: { slug: string; title: string; summary: string; hazards: string[] }[]
}
