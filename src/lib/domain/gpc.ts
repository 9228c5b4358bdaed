// GPC (Global Protocol for Community-Scale GHG Inventories) sectors and scopes, as stored.
export const GPC_SECTORS = {
  STATIONARY_ENERGY: 'Stationary energy',
  TRANSPORTATION: 'Transportation',
  WASTE: 'Waste',
  IPPU: 'Industrial processes and product use',
  AFOLU: 'Agriculture, forestry and other land use',
} as const

export type GpcSectorCode = keyof typeof GPC_SECTORS
export const GPC_SECTOR_CODES = Object.keys(GPC_SECTORS) as GpcSectorCode[]

export const NOTATION_KEYS = {
  NO: 'Not occurring',
  IE: 'Included elsewhere',
  NE: 'Not estimated',
  C: 'Confidential',
} as const

export const GASES = ['CO2', 'CH4', 'N2O', 'HFC', 'PFC', 'SF6', 'NF3'] as const

/** Sectors of a BASIC inventory must include these (DOMAIN.md: stationary energy and in-boundary transport). */
export const BASIC_REQUIRED_SECTORS: GpcSectorCode[] = ['STATIONARY_ENERGY', 'TRANSPORTATION']

/** Comma-separated codes, as Target.sectorsCovered and gasesCovered store them. */
export function splitCodes(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}
