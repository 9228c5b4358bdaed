import type { GpcSectorCode } from '@/lib/domain/gpc'
import type { Random } from '@/lib/random'
import { HAZARD_CODES, type HazardCode } from '@/lib/domain/hazards'
import { coastDistance } from '../coast'

export type InventoryFigure = {
  sector: GpcSectorCode
  scope: number
  emissions: number | null
  notationKey: 'NO' | 'IE' | 'NE' | 'C' | null
}

// Share of the community total by GPC sector, then by scope within the sector.
const SECTOR_SHARES = { STATIONARY_ENERGY: 0.5, TRANSPORTATION: 0.32, WASTE: 0.07, IPPU: 0.06, AFOLU: 0.05 }
const SCOPE_SHARES: Record<keyof typeof SECTOR_SHARES, [number, number][]> = {
  STATIONARY_ENERGY: [
    [1, 0.42],
    [2, 0.53],
    [3, 0.05],
  ],
  TRANSPORTATION: [
    [1, 0.85],
    [2, 0.03],
    [3, 0.12],
  ],
  WASTE: [
    [1, 0.6],
    [3, 0.4],
  ],
  IPPU: [[1, 1]],
  AFOLU: [[1, 1]],
}

/**
 * A GPC inventory totalling about `total` tCO2e. BASIC inventories leave industrial processes and
 * land use as "not estimated"; small places often have no industry; some figures are included elsewhere.
 */
export function buildInventory(
  rng: Random,
  total: number,
  level: 'BASIC' | 'BASIC_PLUS',
  small: boolean,
): InventoryFigure[] {
  const entries: InventoryFigure[] = []
  for (const [sector, share] of Object.entries(SECTOR_SHARES) as [keyof typeof SECTOR_SHARES, number][]) {
    for (const [scope, scopeShare] of SCOPE_SHARES[sector]) {
      const notationKey =
        level === 'BASIC' && (sector === 'IPPU' || sector === 'AFOLU')
          ? 'NE'
          : sector === 'IPPU' && small
            ? 'NO'
            : sector === 'TRANSPORTATION' && scope === 2 && rng.chance(0.3)
              ? 'IE'
              : sector === 'IPPU' && rng.chance(0.05)
                ? 'C'
                : null
      const emissions = notationKey ? null : Math.round(total * share * scopeShare * rng.float(0.9, 1.1))
      entries.push({ sector, scope, emissions, notationKey })
    }
  }
  return entries
}

// Hazards that a state's climate makes likely, most likely first.
const REGIONS: [string[], HazardCode[]][] = [
  [
    ['AZ', 'NM', 'NV', 'UT'],
    ['EXTREME_HEAT', 'DROUGHT', 'WATER_SCARCITY', 'WILDFIRE', 'FLOODING_FLASH'],
  ],
  [['CA'], ['WILDFIRE', 'DROUGHT', 'EXTREME_HEAT', 'WATER_SCARCITY', 'COASTAL_FLOODING', 'LANDSLIDE']],
  [
    ['WA', 'OR'],
    ['WILDFIRE', 'EXTREME_HEAT', 'FLOODING_RIVERINE', 'LANDSLIDE', 'COASTAL_FLOODING', 'DROUGHT'],
  ],
  [
    ['CO', 'WY', 'MT', 'ID'],
    ['WILDFIRE', 'DROUGHT', 'FLOODING_FLASH', 'EXTREME_COLD', 'LANDSLIDE'],
  ],
  [
    ['FL', 'LA', 'MS', 'AL', 'TX'],
    ['STORM', 'COASTAL_FLOODING', 'EXTREME_HEAT', 'EXTREME_PRECIPITATION', 'VECTOR_BORNE_DISEASE'],
  ],
  [
    ['GA', 'SC', 'NC', 'VA'],
    ['STORM', 'EXTREME_HEAT', 'COASTAL_FLOODING', 'FLOODING_FLASH', 'DROUGHT'],
  ],
  [
    ['ME', 'NH', 'MA', 'RI', 'CT', 'NY', 'NJ', 'DE', 'MD', 'DC'],
    ['COASTAL_FLOODING', 'EXTREME_PRECIPITATION', 'STORM', 'EXTREME_HEAT', 'EXTREME_COLD'],
  ],
  [
    ['VT', 'PA', 'WV', 'KY', 'TN', 'AR'],
    ['FLOODING_FLASH', 'FLOODING_RIVERINE', 'EXTREME_PRECIPITATION', 'STORM', 'LANDSLIDE'],
  ],
  [
    ['OH', 'IN', 'IL', 'MI', 'WI', 'MN', 'IA', 'MO'],
    ['FLOODING_RIVERINE', 'EXTREME_HEAT', 'EXTREME_COLD', 'STORM', 'EXTREME_PRECIPITATION'],
  ],
  [
    ['KS', 'NE', 'ND', 'SD', 'OK'],
    ['DROUGHT', 'STORM', 'EXTREME_HEAT', 'EXTREME_COLD', 'FLOODING_RIVERINE'],
  ],
  [['AK'], ['COASTAL_FLOODING', 'WILDFIRE', 'LANDSLIDE', 'STORM', 'EXTREME_PRECIPITATION']],
  [['HI'], ['COASTAL_FLOODING', 'STORM', 'DROUGHT', 'WATER_SCARCITY', 'EXTREME_PRECIPITATION']],
]

// Coastal flooding and sea level rise only where the sea is near; hurricanes only near the Atlantic and
// Gulf coasts (elsewhere "storms" are the region's own, e.g. Plains thunderstorms).
export const COASTAL_KM = 50
export const HURRICANE_KM = 250
const HURRICANE_STATES = new Set(['FL', 'LA', 'MS', 'AL', 'TX', 'GA', 'SC', 'NC', 'VA'])
const INLAND_FALLBACK: HazardCode[] = [
  'EXTREME_HEAT',
  'EXTREME_PRECIPITATION',
  'FLOODING_RIVERINE',
  'DROUGHT',
]

let seaCoast: ((lon: number, lat: number) => number) | undefined

/** Kilometres from the place to the sea coast (Infinity beyond 300 km or without a location). */
export function kmFromCoast(place: { latitude: number | null; longitude: number | null }): number {
  if (place.latitude === null || place.longitude === null) return Infinity
  seaCoast ??= coastDistance()
  return seaCoast(place.longitude, place.latitude)
}

/**
 * 3-5 hazards for a place: mostly its region's, as its geography allows (no coastal flooding inland, no
 * hurricanes far from the Atlantic and Gulf), sometimes an energy or economic shock.
 */
export function hazardsFor(
  rng: Random,
  place: { state: string; latitude: number | null; longitude: number | null },
): HazardCode[] {
  const km = kmFromCoast(place)
  const regional = REGIONS.find(([states]) => states.includes(place.state))?.[1] ?? HAZARD_CODES.slice(0, 5)
  const possible = [...regional, ...INLAND_FALLBACK.filter((h) => !regional.includes(h))].filter(
    (h) =>
      (h !== 'COASTAL_FLOODING' || km <= COASTAL_KM) &&
      (h !== 'STORM' || !HURRICANE_STATES.has(place.state) || km <= HURRICANE_KM),
  )
  const picked = possible.slice(0, rng.int(3, 5))
  if (rng.chance(0.2)) picked.push(rng.pick(['ENERGY_SHOCK', 'ECONOMIC_SHOCK'] as const))
  return picked
}

export const IMPACTS: Partial<Record<HazardCode, string>> & { default: string } = {
  EXTREME_HEAT: 'More heat-related illness and emergency calls; higher peak electricity demand.',
  DROUGHT: 'Lower reservoir levels, water restrictions and stress on parks and street trees.',
  WILDFIRE: 'Evacuations, smoke days that close schools, damage at the wildland-urban edge.',
  COASTAL_FLOODING: 'Tidal flooding of low-lying streets, damage to stormwater outfalls and homes.',
  STORM: 'Power outages, wind damage and debris, interrupted transit and services.',
  FLOODING_RIVERINE: 'Flooded homes and businesses in the floodplain; closed bridges and roads.',
  FLOODING_FLASH: 'Overwhelmed storm drains, flooded underpasses and basements.',
  EXTREME_COLD: 'Frozen pipes, heating emergencies and strain on shelters.',
  default: 'Disruption of municipal services and costs to households and businesses.',
}

export const VULNERABLE_GROUPS = [
  'Older adults living alone; outdoor workers',
  'Low-income households; people experiencing homelessness',
  'Children; people with chronic illness',
  'Renters in older housing; residents without a car',
  'Limited-English households; mobile home residents',
]
