// Climate hazard codes (after the CDP / GCoM hazard classification), shared by reports and solutions.
export const HAZARDS = {
  EXTREME_HEAT: 'Extreme heat',
  EXTREME_COLD: 'Extreme cold',
  DROUGHT: 'Drought',
  WILDFIRE: 'Wildfire',
  FLOODING_RIVERINE: 'River flooding',
  FLOODING_FLASH: 'Flash and surface flooding',
  COASTAL_FLOODING: 'Coastal flooding and sea level rise',
  STORM: 'Storms and hurricanes',
  EXTREME_PRECIPITATION: 'Extreme precipitation',
  WATER_SCARCITY: 'Water scarcity',
  LANDSLIDE: 'Landslides',
  VECTOR_BORNE_DISEASE: 'Vector-borne disease',
  ENERGY_SHOCK: 'Energy supply disruption',
  ECONOMIC_SHOCK: 'Economic shock',
} as const

export type HazardCode = keyof typeof HAZARDS
export const HAZARD_CODES = Object.keys(HAZARDS) as HazardCode[]

export function hazardLabel(code: string): string {
  return (HAZARDS as Record<string, string>)[code] ?? code
}

// Sectors a solution or action can address (adaptation and mitigation sectors).
export const SOLUTION_SECTORS = {
  ENERGY: 'Energy',
  BUILDINGS: 'Buildings',
  TRANSPORT: 'Transport',
  WATER: 'Water',
  WASTE: 'Waste',
  LAND_USE: 'Land use and nature',
  PUBLIC_HEALTH: 'Public health',
  EMERGENCY_MANAGEMENT: 'Emergency management',
  ECONOMY: 'Local economy',
  FOOD: 'Food and agriculture',
} as const

export type SolutionSectorCode = keyof typeof SOLUTION_SECTORS
export const SOLUTION_SECTOR_CODES = Object.keys(SOLUTION_SECTORS) as SolutionSectorCode[]

export function sectorLabel(code: string): string {
  return (SOLUTION_SECTORS as Record<string, string>)[code] ?? code
}
