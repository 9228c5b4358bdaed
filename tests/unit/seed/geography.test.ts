// The seed's geography: each place's county from the Census county shapes, the non-municipalities left out
// of the reference list, and demo hazards that fit where a place is (no coastal flooding inland).
import { describe, expect, it } from 'vitest'
import { classifyPlaces } from '../../../prisma/seed/places'
import { coastDistance } from '../../../prisma/seed/coast'
import { countyLocator } from '../../../prisma/seed/counties'
import { hazardsFor, kmFromCoast } from '../../../prisma/seed/demo/inventory'
import { Random } from '@/lib/random'

const { kept: places, excluded } = classifyPlaces()
const find = (name: string, state: string) => places.filter((p) => p.name === name && p.state === state)

// States with no sea coast (the tidal Delaware and Potomac make PA and DC coastal).
const LANDLOCKED = new Set(
  'AZ AR CO ID IL IN IA KS KY MI MN MO MT NE NV NM ND OH OK SD TN UT VT WV WI WY'.split(' '),
)
const COASTAL_HAZARDS = new Set(['COASTAL_FLOODING'])

describe('reference places', () => {
  it('leaves out neighbourhoods, localities and the parts of New York City, keeping the city', () => {
    for (const [name, state] of [
      ['Woodhaven', 'NY'],
      ['Woodside', 'NY'],
      ['Astoria', 'NY'],
      ['Brooklyn', 'NY'],
      ['Sugarcreek Police Dept', 'OH'],
      ['Plantation Mobile Home Park', 'FL'],
    ])
      expect(find(name!, state!), `${name}, ${state}`).toEqual([])
    expect(find('New York City', 'NY')).toHaveLength(1)
    // Woodhaven and Woodside of other states are towns of their own.
    expect(find('Woodhaven', 'MI')).toHaveLength(1)
    expect(find('Woodside', 'CA')).toHaveLength(1)
    expect(excluded.length).toBeGreaterThan(300)
    expect(places.length).toBeGreaterThan(15_000)
  })

  it('gives every place its county, so places of one name can be told apart', () => {
    expect(places.filter((p) => !p.county)).toEqual([])
    expect(find('Chicago', 'IL')[0]?.county).toBe('Cook County')
    expect(find('New York City', 'NY')[0]?.county).toBe('New York County')
    expect(find('Baton Rouge', 'LA')[0]?.county).toBe('East Baton Rouge Parish')
    expect(find('Richmond', 'VA')[0]?.county).toBe('Richmond city')
    expect(find('Anchorage', 'AK')[0]?.county).toBe('Anchorage Borough')
    const springfields = find('Springfield', 'IL').concat(find('Springfield', 'MO'))
    expect(springfields.map((p) => p.county)).toEqual(['Sangamon County', 'Greene County'])
  })

  it('finds the county of a point in a few microseconds', () => {
    const locate = countyLocator()
    const started = performance.now()
    for (const p of places) locate(p.longitude, p.latitude)
    const perPlace = (performance.now() - started) / places.length
    expect(perPlace).toBeLessThan(1) // ms; a scan of all 3,200 shapes takes far longer
  })
})

describe('distance to the sea coast', () => {
  const km = coastDistance()
  it('is short on the Atlantic, Gulf and Pacific, and the Great Lakes are not the sea', () => {
    expect(km(-80.19, 25.77)).toBeLessThan(20) // Miami
    expect(km(-71.06, 42.36)).toBeLessThan(20) // Boston
    expect(km(-97.4, 27.8)).toBeLessThan(20) // Corpus Christi
    expect(km(-122.33, 47.61)).toBeLessThan(20) // Seattle
    expect(km(-87.65, 41.85)).toBe(Infinity) // Chicago
    expect(km(-78.88, 42.89)).toBe(Infinity) // Buffalo
    expect(km(-92.1, 46.78)).toBe(Infinity) // Duluth
    expect(km(-104.98, 39.74)).toBe(Infinity) // Denver
    expect(km(-73.21, 44.48)).toBeGreaterThan(150) // Burlington, on Lake Champlain
  })
})

describe('demo hazards', () => {
  const rng = new Random('geography-test')
  const assigned = places.map((p) => ({ place: p, km: kmFromCoast(p), hazards: hazardsFor(rng, p) }))

  it('gives no coastal hazard to a place over 150 km from the sea or in a landlocked state', () => {
    const wrong = assigned.filter(
      (a) => (a.km > 150 || LANDLOCKED.has(a.place.state)) && a.hazards.some((h) => COASTAL_HAZARDS.has(h)),
    )
    expect(wrong.map((a) => `${a.place.name}, ${a.place.state}`)).toEqual([])
  })

  it('gives coastal flooding to coastal places and wildfire mostly in the West', () => {
    const seaside = assigned.filter((a) => a.km < 10)
    const flooded = seaside.filter((a) => a.hazards.includes('COASTAL_FLOODING'))
    expect(flooded.length / seaside.length).toBeGreaterThan(0.5)
    const wildfire = assigned.filter((a) => a.hazards.includes('WILDFIRE'))
    const west = wildfire.filter((a) => a.place.longitude < -100)
    expect(west.length / wildfire.length).toBeGreaterThan(0.9)
    const hurricanes = assigned.filter(
      (a) => ['TX', 'FL', 'LA'].includes(a.place.state) && a.hazards.includes('STORM'),
    )
    expect(hurricanes.every((a) => a.km <= 250)).toBe(true)
  })
})
