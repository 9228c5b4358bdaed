import { DataTable } from '@/components/ui/data-table'

type Row = { field: string; section: string; description: string }

// The CRF export's fields (src/server/exports/get-crf-export.ts); the CSV has one column per field.
const crfFields: Row[] = [
  { section: 'city', field: 'name, id, country, state, county', description: 'The municipality; id is its slug.' },
  { section: 'city', field: 'population, population_year, land_area_km2, latitude, longitude', description: 'City facts.' },
  { section: 'city', field: 'boundary_type, compliance_stage, commitments', description: 'Boundary, stage on the compliance path, campaigns joined with commitment dates.' },
  { section: 'emission_inventories', field: 'accounting_year, protocol, reporting_level, boundary, verified_on', description: 'One per verified report; reporting_level is BASIC or BASIC_PLUS.' },
  { section: 'emission_inventories', field: 'emissions: gpc_sector, scope, emissions_tco2e, notation_key', description: 'Each GPC sector and scope: a figure in tCO2e or a notation key (NO, IE, NE, C).' },
  { section: 'targets', field: 'target_type', description: 'base_year_emissions_target, base_year_intensity_target, fixed_level_target or baseline_scenario_target.' },
  { section: 'targets', field: 'base_year, base_year_emissions_tco2e, target_year, reduction_percent', description: 'Base year and its emissions, target year, reduction in percent.' },
  { section: 'targets', field: 'target_emissions_tco2e, intensity_unit, base_intensity, bau_emissions_tco2e', description: 'Level to reach (fixed-level), intensity unit and base value, business-as-usual projection.' },
  { section: 'targets', field: 'sectors_covered, gases_covered, net_zero, adopted_on', description: 'Coverage, net-zero flag, adoption date.' },
  { section: 'climate_hazards', field: 'accounting_year, hazard, risk_level, expected_impact, vulnerable_groups', description: 'Hazards of the verified reports with their risk level (LOW to EXTREME).' },
  { section: 'actions', field: 'accounting_year, kind, pillar, sector, title, status, url, adopted_on', description: 'Plans (PLAN) and actions (ACTION), mitigation or adaptation.' },
]

/** The per-municipality Common Reporting Framework export, documented on /data. */
export function CrfSection() {
  return (
    <section aria-labelledby="crf" className="mt-10">
      <h2 id="crf" className="text-2xl">
        Common Reporting Framework export
      </h2>
      <p className="mt-2 max-w-3xl">
        For each member, its active targets and verified reports in the fields of the Global Covenant of Mayors’
        Common Reporting Framework (CRF), for reporting on to a recognised platform:{' '}
        <code>/api/v1/municipalities/&lt;slug&gt;/crf</code> (JSON) or add <code>?format=csv</code> for one CSV file
        whose <code>record_type</code> column (city, emissions, target, hazard, action) says which columns a row
        fills. Each member’s profile links to its export.
      </p>
      <DataTable
        className="mt-4"
        caption="Fields of the CRF export"
        columns={[
          { header: 'Section', cell: (r: Row) => <code>{r.section}</code>, rowHeader: true },
          { header: 'Fields', cell: (r: Row) => <code>{r.field}</code> },
          { header: 'Description', cell: (r: Row) => r.description },
        ]}
        rows={crfFields}
        rowKey={(r) => r.field}
      />
    </section>
  )
}
