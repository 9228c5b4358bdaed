import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { isSlug } from '@/lib/text'
import { hazardLabel } from '@/lib/domain/hazards'
import { stateName } from '@/lib/domain/states'
import { getMunicipalityCompliance } from '@/server/compliance/get-municipality-compliance'
import { profileSelect, toEmissions, toTargets, type ProfileRow } from './member-profile-parts'
import type { MemberProfile, ProfileAction } from './member-profile-types'

export type { MemberProfile } from './member-profile-types'

const iso = (d: Date | null) => d?.toISOString() ?? null

function latestWith<T>(row: ProfileRow, pick: (r: ProfileRow['reports'][number]) => T[]) {
  const report = row.reports.findLast((r) => pick(r).length > 0)
  return report ? { year: report.accountingYear, items: pick(report) } : null
}

// Plans and actions across verified reports; one reported again in a later year shows as it was last reported.
function toActions(row: ProfileRow): ProfileAction[] {
  const latest = new Map<string, ProfileAction>()
  for (const report of row.reports)
    for (const a of report.actions)
      latest.set(`${a.kind}:${a.title}`, {
        ...a,
        adoptedAt: iso(a.adoptedAt),
        reportYear: report.accountingYear,
      })
  return [...latest.values()].sort((a, b) => b.kind.localeCompare(a.kind) || a.title.localeCompare(b.title))
}

async function suggestSolutions(hazards: string[], implemented: string[]) {
  if (hazards.length === 0) return []
  const rows = await db.solution.findMany({
    where: {
      status: 'PUBLISHED',
      hazards: { some: { hazard: { in: hazards } } },
      slug: { notIn: implemented },
    },
    orderBy: { title: 'asc' },
    take: 4,
    select: { slug: true, title: true, summary: true, hazards: { select: { hazard: true } } },
  })
  return rows.map((s) => ({ ...s, hazards: s.hazards.map((h) => hazardLabel(h.hazard)) }))
}

async function load(slug: string): Promise<MemberProfile | null> {
  const row = await db.municipality.findFirst({ where: { slug, isMember: true }, select: profileSelect })
  if (!row) return null
  const hazards = latestWith(row, (r) => r.hazards)
  const implemented = row.implementations.map((i) => ({ ...i.solution, year: i.year }))
  const [compliance, suggestedSolutions] = await Promise.all([
    getMunicipalityCompliance({ municipalityId: row.id }),
    suggestSolutions(
      hazards?.items.map((h) => h.hazard) ?? [],
      implemented.map((s) => s.slug),
    ),
  ])
  if (!compliance) return null
  return {
    slug: row.slug,
    name: row.name,
    state: row.state,
    stateName: stateName(row.state),
    county: row.county,
    population: row.population,
    populationYear: row.populationYear,
    website: row.website,
    location:
      row.latitude !== null && row.longitude !== null
        ? { latitude: row.latitude, longitude: row.longitude }
        : null,
    memberSince: iso(row.memberSince),
    campaigns: row.pledges.map((p) => ({
      slug: p.campaign.slug,
      name: p.campaign.name,
      signatoryName: p.signatoryName,
      signatoryTitle: p.signatoryTitle,
      signedAt: p.signedAt.toISOString(),
      commitmentDate: iso(p.commitmentDate),
      pledgeTextVersion: p.pledgeText.version,
    })),
    compliance,
    targets: toTargets(row),
    emissions: toEmissions(row),
    hazards: hazards && {
      year: hazards.year,
      items: hazards.items.map(({ hazard, ...h }) => ({ ...h, hazard, label: hazardLabel(hazard) })),
    },
    actions: toActions(row),
    implementedSolutions: implemented,
    suggestedSolutions,
  }
}

// Cached profiles outlive a deploy; a new shape must not be read from an old entry. Bump on change.
const SHAPE_VERSION = 'v3'

/**
 * A member municipality's public profile, or null for an unknown slug or a place that is not a member. The slug
 * may come from a query string (/follows/confirmed?place=): text that is not a slug is not looked up or cached.
 */
export function getMemberProfile({ slug }: { slug: string }): Promise<MemberProfile | null> {
  if (!isSlug(slug)) return Promise.resolve(null)
  return unstable_cache(() => load(slug), ['member-profile', SHAPE_VERSION, slug], {
    tags: [tags.municipality(slug), tags.solutions],
    revalidate: 3600,
  })()
}
