// The 50 states and DC, by USPS code.
export const STATES = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
} as const

export type StateCode = keyof typeof STATES

export const STATE_CODES = Object.keys(STATES) as StateCode[]

export function isStateCode(v: string): v is StateCode {
  return Object.hasOwn(STATES, v)
}

export function stateName(code: string): string {
  return isStateCode(code) ? STATES[code] : code
}

/** The US Census Bureau's four census regions, by the states (and DC) in each. */
export const CENSUS_REGIONS = {
  NORTHEAST: { label: 'the Northeast', states: ['CT', 'ME', 'MA', 'NH', 'RI', 'VT', 'NJ', 'NY', 'PA'] },
  MIDWEST: {
    label: 'the Midwest',
    states: ['IL', 'IN', 'MI', 'OH', 'WI', 'IA', 'KS', 'MN', 'MO', 'NE', 'ND', 'SD'],
  },
  SOUTH: {
    label: 'the South',
    states: [
      'DE',
      'DC',
      'FL',
      'GA',
      'MD',
      'NC',
      'SC',
      'VA',
      'WV',
      'AL',
      'KY',
      'MS',
      'TN',
      'AR',
      'LA',
      'OK',
      'TX',
    ],
  },
  WEST: {
    label: 'the West',
    states: ['AZ', 'CO', 'ID', 'MT', 'NV', 'NM', 'UT', 'WY', 'AK', 'CA', 'HI', 'OR', 'WA'],
  },
} as const satisfies Record<string, { label: string; states: readonly StateCode[] }>

export type CensusRegion = keyof typeof CENSUS_REGIONS

const REGION_OF = new Map<string, CensusRegion>(
  Object.entries(CENSUS_REGIONS).flatMap(([region, r]) => r.states.map((s) => [s, region as CensusRegion])),
)

/** The census region of a state code; null for a code that is not a state (or DC). */
export function censusRegion(state: string): CensusRegion | null {
  return REGION_OF.get(state) ?? null
}
