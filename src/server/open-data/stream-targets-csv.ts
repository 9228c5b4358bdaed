import 'server-only'
import { db } from '@/server/db'
import { csvStream } from '@/lib/csv'
import { splitCodes } from '@/lib/domain/gpc'
import { isoDate } from '@/lib/format'
import { keysetBatches } from './keyset-batches'

export const TARGET_COLUMNS = [
  'municipality_slug',
  'municipality_name',
  'state',
  'target_type',
  'sectors_covered',
  'gases_covered',
  'base_year',
  'base_year_emissions_tco2e',
  'target_year',
  'reduction_percent',
  'target_emissions_tco2e',
  'intensity_unit',
  'base_intensity',
  'bau_emissions_tco2e',
  'net_zero',
  'adopted_on',
] as const

function fetchAfter(afterId: string | undefined, take: number) {
  return db.target.findMany({
    where: { status: 'ACTIVE', municipality: { isMember: true }, ...(afterId && { id: { gt: afterId } }) },
    orderBy: { id: 'asc' },
    take,
    include: { municipality: { select: { slug: true, name: true, state: true } } },
  })
}

/** targets.csv: one row per active target, streamed in batches. */
export function streamTargetsCsv(): ReadableStream<Uint8Array> {
  const batches = keysetBatches(fetchAfter, (rows) =>
    rows.map((t) => [
      t.municipality.slug,
      t.municipality.name,
      t.municipality.state,
      t.type,
      // Codes are separated by spaces in the export so a cell never needs quoting for a comma.
      splitCodes(t.sectorsCovered).join(' '),
      splitCodes(t.gasesCovered).join(' '),
      t.baseYear,
      t.baseYearEmissions,
      t.targetYear,
      t.reductionPercent,
      t.targetEmissions,
      t.intensityUnit,
      t.baseIntensity,
      t.bauEmissions,
      t.netZero,
      t.adoptedAt && isoDate(t.adoptedAt),
    ]),
  )
  return csvStream(TARGET_COLUMNS, batches)
}
