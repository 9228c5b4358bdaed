import 'server-only'
import { toCsv, type CsvValue } from '@/lib/csv'
import type { CrfExport } from './get-crf-export'

/** One CSV for every CRF section: `record_type` says which columns a row fills (the rest stay empty). */
export const CRF_CSV_COLUMNS = [
  'record_type',
  'city_id',
  'city_name',
  'country',
  'state',
  'population',
  'population_year',
  'land_area_km2',
  'accounting_year',
  'reporting_level',
  'gpc_sector',
  'scope',
  'emissions_tco2e',
  'notation_key',
  'target_type',
  'base_year',
  'base_year_emissions_tco2e',
  'target_year',
  'reduction_percent',
  'target_emissions_tco2e',
  'intensity_unit',
  'base_intensity',
  'bau_emissions_tco2e',
  'net_zero',
  'hazard',
  'risk_level',
  'expected_impact',
  'vulnerable_groups',
  'kind',
  'pillar',
  'sector',
  'title',
  'status',
  'url',
  'date',
] as const

type Column = (typeof CRF_CSV_COLUMNS)[number]

export function crfCsv(crf: CrfExport): string {
  const c = crf.city
  const base: Partial<Record<Column, CsvValue>> = {
    city_id: c.id,
    city_name: c.name,
    country: c.country,
    state: c.state,
    population: c.population,
    population_year: c.population_year,
    land_area_km2: c.land_area_km2,
  }
  const rows: Partial<Record<Column, CsvValue>>[] = [
    { record_type: 'city', ...base, date: c.commitments[0]?.commitment_date ?? null },
  ]
  for (const inv of crf.emission_inventories)
    for (const e of inv.emissions)
      rows.push({
        record_type: 'emissions',
        ...base,
        accounting_year: inv.accounting_year,
        reporting_level: inv.reporting_level,
        gpc_sector: e.gpc_sector,
        scope: e.scope,
        emissions_tco2e: e.emissions_tco2e,
        notation_key: e.notation_key,
        date: inv.verified_on,
      })
  for (const t of crf.targets)
    rows.push({
      record_type: 'target',
      ...base,
      target_type: t.target_type,
      gpc_sector: t.sectors_covered.join(' '),
      base_year: t.base_year,
      base_year_emissions_tco2e: t.base_year_emissions_tco2e,
      target_year: t.target_year,
      reduction_percent: t.reduction_percent,
      target_emissions_tco2e: t.target_emissions_tco2e,
      intensity_unit: t.intensity_unit,
      base_intensity: t.base_intensity,
      bau_emissions_tco2e: t.bau_emissions_tco2e,
      net_zero: t.net_zero,
      date: t.adopted_on,
    })
  for (const h of crf.climate_hazards)
    rows.push({
      record_type: 'hazard',
      ...base,
      accounting_year: h.accounting_year,
      hazard: h.hazard,
      risk_level: h.risk_level,
      expected_impact: h.expected_impact,
      vulnerable_groups: h.vulnerable_groups,
    })
  for (const { adopted_on, ...action } of crf.actions)
    rows.push({ record_type: 'action', ...base, ...action, date: adopted_on })
  return toCsv(
    CRF_CSV_COLUMNS,
    rows.map((r) => CRF_CSV_COLUMNS.map((col) => r[col] ?? null)),
  )
}
