import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { absoluteUrl } from './api-links'
import { actionFields, hazardFields, targetFigures } from './record-parts'

const iso = (d: Date | null) => d?.toISOString() ?? null

async function loadMember(slug: string) {
  return db.municipality.findFirst({
    where: { slug, isMember: true },
    include: {
      pledges: {
        where: { status: 'APPROVED' },
        orderBy: { commitmentDate: 'asc' },
        include: {
          campaign: { select: { slug: true, name: true } },
          pledgeText: { select: { version: true } },
        },
      },
      targets: { where: { status: 'ACTIVE' }, orderBy: { targetYear: 'asc' } },
      reports: {
        where: { status: 'VERIFIED' },
        orderBy: { accountingYear: 'desc' },
        include: {
          inventory: { orderBy: [{ sector: 'asc' }, { scope: 'asc' }] },
          hazards: { orderBy: { hazard: 'asc' } },
          actions: { orderBy: { title: 'asc' } },
        },
      },
    },
  })
}

type Member = NonNullable<Awaited<ReturnType<typeof loadMember>>>

function targetRecord(t: Member['targets'][number]) {
  return {
    type: t.type,
    ...targetFigures(t),
    base_activity: t.baseActivity,
    target_activity: t.targetActivity,
    bau_emissions_tco2e: t.bauEmissions,
    net_zero: t.netZero,
    adopted_at: iso(t.adoptedAt),
  }
}

function reportRecord(r: Member['reports'][number]) {
  return {
    accounting_year: r.accountingYear,
    protocol: r.protocol,
    reporting_level: r.reportingLevel,
    inventory_boundary: r.inventoryBoundary,
    verified_at: iso(r.verifiedAt),
    vulnerability_assessment_url: r.vulnerabilityAssessmentUrl,
    vulnerability_assessed_at: iso(r.vulnerabilityAssessedAt),
    adaptation_goal: r.adaptationGoal,
    inventory: r.inventory.map((e) => ({
      sector: e.sector,
      scope: e.scope,
      emissions_tco2e: e.emissions,
      notation_key: e.notationKey,
    })),
    hazards: r.hazards.map(hazardFields),
    actions: r.actions.map((a) => ({ ...actionFields(a), adopted_at: iso(a.adoptedAt) })),
  }
}

function toRecord(m: Member) {
  return {
    slug: m.slug,
    name: m.name,
    state: m.state,
    county: m.county,
    population: m.population,
    population_year: m.populationYear,
    land_area_km2: m.landAreaKm2,
    latitude: m.latitude,
    longitude: m.longitude,
    boundary_type: m.boundaryType,
    website: m.website,
    member_since: iso(m.memberSince),
    compliance: {
      stage: m.complianceStage,
      overdue: m.complianceOverdue,
      next_deadline: iso(m.nextDeadline),
    },
    pledges: m.pledges.map((p) => ({
      campaign_slug: p.campaign.slug,
      campaign_name: p.campaign.name,
      pledge_text_version: p.pledgeText.version,
      signatory_name: p.signatoryName,
      signatory_title: p.signatoryTitle,
      mandate_type: p.mandateType,
      signed_at: p.signedAt.toISOString(),
      commitment_date: iso(p.commitmentDate),
    })),
    targets: m.targets.map(targetRecord),
    reports: m.reports.map(reportRecord),
    links: {
      self: absoluteUrl(`/api/v1/municipalities/${m.slug}`),
      profile: absoluteUrl(`/members/${m.slug}`),
      inventories_csv: absoluteUrl(`/data/inventories.csv?municipality=${encodeURIComponent(m.slug)}`),
      badge: absoluteUrl(`/badge/${m.slug}.svg`),
    },
  }
}

export type MunicipalityRecord = ReturnType<typeof toRecord>

/** /api/v1/municipalities/<slug>: a member with approved pledges, active targets and verified reports. */
export function getMunicipalityRecord({ slug }: { slug: string }): Promise<MunicipalityRecord | null> {
  return unstable_cache(
    async () => {
      const member = await loadMember(slug)
      return member && toRecord(member)
    },
    ['municipality-record', slug],
    { tags: [tags.municipality(slug)], revalidate: 3600 },
  )()
}
