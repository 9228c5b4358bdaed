// What each open data export holds, field by field, as the /data page documents it.
// tests/integration/open-data checks these lists against the columns the exports really write.

export type FieldDoc = { name: string; type: string; description: string }

// The first columns of the targets and inventories exports.
const placeFields: FieldDoc[] = [
  { name: 'municipality_slug', type: 'text', description: 'Stable identifier of the municipality.' },
  { name: 'municipality_name', type: 'text', description: 'Name of the municipality.' },
  { name: 'state', type: 'text', description: 'Two-letter USPS state code.' },
]

export const signatoryFields: FieldDoc[] = [
  { name: 'municipality_slug', type: 'text', description: 'Stable identifier of the municipality, as in its profile URL.' },
  { name: 'municipality_name', type: 'text', description: 'Name of the municipality.' },
  { name: 'state', type: 'text', description: 'Two-letter USPS state code.' },
  { name: 'county', type: 'text', description: 'County, where known.' },
  { name: 'population', type: 'integer', description: 'Population (GeoNames), where known.' },
  { name: 'campaign_slug', type: 'text', description: 'Campaign identifier: rc4a or compact-of-mayors.' },
  { name: 'campaign_name', type: 'text', description: 'Name of the campaign.' },
  { name: 'pledge_text_version', type: 'integer', description: 'Version of the pledge text that was signed.' },
  { name: 'signatory_name', type: 'text', description: 'Official who signed for the municipality.' },
  { name: 'signatory_title', type: 'text', description: 'Their title, such as Mayor.' },
  {
    name: 'mandate_type',
    type: 'code',
    description: 'LETTER, COUNCIL_RESOLUTION or EXECUTIVE_ORDER: how the commitment was made.',
  },
  { name: 'signed_on', type: 'date (YYYY-MM-DD)', description: 'Day the pledge was signed.' },
  {
    name: 'commitment_date',
    type: 'date (YYYY-MM-DD)',
    description: 'Day staff approved the pledge; the compliance path counts from it.',
  },
]

export const targetFields: FieldDoc[] = [
  ...placeFields,
  {
    name: 'target_type',
    type: 'code',
    description: 'BASE_YEAR_ABSOLUTE, BASE_YEAR_INTENSITY, FIXED_LEVEL or BASELINE_SCENARIO.',
  },
  { name: 'sectors_covered', type: 'codes, space-separated', description: 'GPC sectors the target covers.' },
  { name: 'gases_covered', type: 'codes, space-separated', description: 'Greenhouse gases covered, such as CO2 CH4.' },
  { name: 'base_year', type: 'integer', description: 'Base year, for base-year targets.' },
  { name: 'base_year_emissions_tco2e', type: 'number', description: 'Emissions in the base year, tCO2e.' },
  { name: 'target_year', type: 'integer', description: 'Year the target is to be met.' },
  { name: 'reduction_percent', type: 'number (0-100)', description: 'Reduction promised, in percent.' },
  { name: 'target_emissions_tco2e', type: 'number', description: 'Emission level to reach, for fixed-level targets.' },
  { name: 'intensity_unit', type: 'text', description: 'Unit of an intensity target, such as tCO2e per capita.' },
  { name: 'base_intensity', type: 'number', description: 'Intensity in the base year.' },
  { name: 'bau_emissions_tco2e', type: 'number', description: 'Business-as-usual projection for the target year.' },
  { name: 'net_zero', type: 'true / false', description: 'Whether the target is net zero.' },
  { name: 'adopted_on', type: 'date (YYYY-MM-DD)', description: 'Day the target was adopted, where given.' },
]

export const inventoryFields: FieldDoc[] = [
  ...placeFields,
  { name: 'accounting_year', type: 'integer', description: 'Year the inventory accounts for.' },
  { name: 'protocol', type: 'text', description: 'Accounting protocol, usually GPC.' },
  { name: 'reporting_level', type: 'code', description: 'BASIC or BASIC_PLUS (GPC reporting level).' },
  {
    name: 'sector',
    type: 'code',
    description: 'GPC sector: STATIONARY_ENERGY, TRANSPORTATION, WASTE, IPPU or AFOLU.',
  },
  { name: 'sector_name', type: 'text', description: 'The sector written out.' },
  { name: 'scope', type: 'integer (1-3)', description: 'GPC scope of the emissions.' },
  { name: 'emissions_tco2e', type: 'number', description: 'Emissions in tonnes of CO2 equivalent; empty with a notation key.' },
  {
    name: 'notation_key',
    type: 'code',
    description: 'In place of a figure: NO (not occurring), IE (included elsewhere), NE (not estimated), C (confidential).',
  },
  { name: 'verified_on', type: 'date (YYYY-MM-DD)', description: 'Day staff verified the report.' },
]
