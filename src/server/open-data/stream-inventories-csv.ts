import 'server-only'
import { db } from '@/server/db'
import { csvStream } from '@/lib/csv'
import { isoDate } from '@/lib/format'
import { GPC_SECTORS, GPC_SECTOR_CODES } from '@/lib/domain/gpc'
import { keysetBatches } from './keyset-batches'

export const INVENTORY_COLUMNS = [
  'municipality_slug',
  'municipality_name',
  'state',
  'accounting_year',
  'protocol',
  'reporting_level',
  'sector',
  'sector_name',
  'scope',
  'emissions_tco2e',
  'notation_key',
  'verified_on',
] as const

// About fifteen entries per report (five sectors by three scopes): ~1000 rows per batch.
const REPORTS_PER_BATCH = 70

function fetcher(municipalitySlug: string | undefined) {
  return (afterId: string | undefined, take: number) =>
    db.progressReport.findMany({
      where: {
        status: 'VERIFIED',
        municipality: { isMember: true, ...(municipalitySlug && { slug: municipalitySlug }) },
        ...(afterId && { id: { gt: afterId } }),
      },
      orderBy: { id: 'asc' },
      take,
      include: {
        municipality: { select: { slug: true, name: true, state: true } },
        inventory: { orderBy: [{ sector: 'asc' }, { scope: 'asc' }] },
      },
    })
}

const sectorOrder = (code: string) => GPC_SECTOR_CODES.indexOf(code as (typeof GPC_SECTOR_CODES)[number])

/**
 * inventories.csv: one row per municipality, year, GPC sector and scope of verified reports, streamed.
 * Null when a municipality is asked for and no member has that slug.
 */
export async function streamInventoriesCsv({
  municipalitySlug,
}: { municipalitySlug?: string } = {}): Promise<ReadableStream<Uint8Array> | null> {
  if (municipalitySlug !== undefined) {
    const member = await db.municipality.findFirst({
      where: { slug: municipalitySlug, isMember: true },
      select: { id: true },
    })
    if (!member) return null
  }
  const batches = keysetBatches(
    fetcher(municipalitySlug),
    (reports) =>
      reports.flatMap((r) =>
        r.inventory
          .toSorted((a, b) => sectorOrder(a.sector) - sectorOrder(b.sector) || a.scope - b.scope)
          .map((e) => [
            r.municipality.slug,
            r.municipality.name,
            r.municipality.state,
            r.accountingYear,
            r.protocol,
            r.reportingLevel,
            e.sector,
            GPC_SECTORS[e.sector],
            e.scope,
            e.emissions,
            e.notationKey,
            r.verifiedAt && isoDate(r.verifiedAt),
          ]),
      ),
    REPORTS_PER_BATCH,
  )
  return csvStream(INVENTORY_COLUMNS, batches)
}
