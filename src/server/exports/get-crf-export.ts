import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { GPC_SECTORS } from '@/lib/domain/gpc'
import { actionFields, hazardFields, targetFigures } from '@/server/open-data/record-parts'
import { placeSelect } from '@/server/municipalities/place-select'

// CRF names of the four target types (GCoM Common Reporting Framework, mitigation targets).
export const CRF_TARGET_TYPES = {
  BASE_YEAR_ABSOLUTE: 'base_year_emissions_target',
  BASE_YEAR_INTENSITY: 'base_year_intensity_target',
  FIXED_LEVEL: 'fixed_level_target',
  BASELINE_SCENARIO: 'baseline_scenario_target',
} as const

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)

async function load(slug: string) {
  return db.municipality.findFirst({
    where: { slug, isMember: true },
    select: {
      ...placeSelect,
      populationYear: true,
      landAreaKm2: true,
      latitude: true,
      longitude: true,
      boundaryType: true,
      website: true,
      complianceStage: true,
      pledges: {
        where: { status: 'APPROVED' },
        orderBy: { commitmentDate: 'asc' },
        select: { commitmentDate: true, campaign: { select: { slug: true, name: true } } },
      },
      targets: { where: { status: 'ACTIVE' }, orderBy: [{ targetYear: 'asc' }, { id: 'asc' }] },
      reports: {
        where: { status: 'VERIFIED' },
        orderBy: { accountingYear: 'desc' },
        include: {
          inventory: { orderBy: [{ sector: 'asc' }, { scope: 'asc' }] },
          hazards: { orderBy: { id: 'asc' } },
          actions: { orderBy: { id: 'asc' } },
        },
      },
    },
  })
}

type Member = NonNullable<Awaited<ReturnType<typeof load>>>

function toCrf(m: Member, generatedAt: Date) {
  return {
    framework: 'GCoM Common Reporting Framework',
    generated_at: generatedAt.toISOString(),
    city: {
      name: m.name,
      id: m.slug,
      country: 'US',
      state: m.state,
      county: m.county,
      population: m.population,
      population_year: m.populationYear,
      land_area_km2: m.landAreaKm2,
      latitude: m.latitude,
      longitude: m.longitude,
      boundary_type: m.boundaryType,
      website: m.website,
      compliance_stage: m.complianceStage,
      commitments: m.pledges.map((p) => ({
        campaign: p.campaign.name,
        campaign_id: p.campaign.slug,
        commitment_date: day(p.commitmentDate),
      })),
    },
    emission_inventories: m.reports.map((r) => ({
      accounting_year: r.accountingYear,
      protocol: r.protocol,
      reporting_level: r.reportingLevel,
      boundary: r.inventoryBoundary,
      verified_on: day(r.verifiedAt),
      total_tco2e: r.inventory.reduce((sum, e) => sum + (e.emissions ?? 0), 0),
      emissions: r.inventory.map((e) => ({
        gpc_sector: e.sector,
        gpc_sector_name: GPC_SECTORS[e.sector],
        scope: e.scope,
        emissions_tco2e: e.emissions,
        notation_key: e.notationKey,
      })),
    })),
    targets: m.targets.map((t) => ({
      target_type: CRF_TARGET_TYPES[t.type],
      ...targetFigures(t),
      bau_emissions_tco2e: t.bauEmissions,
      net_zero: t.netZero,
      adopted_on: day(t.adoptedAt),
    })),
    climate_hazards: m.reports.flatMap((r) =>
      r.hazards.map((h) => ({
        accounting_year: r.accountingYear,
        ...hazardFields(h),
      })),
    ),
    actions: m.reports.flatMap((r) =>
      r.actions.map((a) => ({
        accounting_year: r.accountingYear,
        ...actionFields(a),
        adopted_on: day(a.adoptedAt),
      })),
    ),
  }
}

export type CrfExport = ReturnType<typeof toCrf>

/**
 * A member's targets and verified reports in the Common Reporting Framework's terms (city, emission
 * inventories by GPC sector and scope with notation keys, targets, climate hazards, actions), for
 * reporting on to a recognised platform. Public data only: drafts and unverified reports never appear.
 */
export function getCrfExport({ slug }: { slug: string }): Promise<CrfExport | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return Promise.resolve(null)
  return unstable_cache(
    async () => {
      const member = await load(slug)
      return member && toCrf(member, new Date())
    },
    ['crf-export', slug],
    { tags: [tags.municipality(slug)], revalidate: 3600 },
  )()
}
