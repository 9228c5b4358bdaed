import 'server-only'
import { db } from '@/server/db'
import { csvStream } from '@/lib/csv'
import { isoDate } from '@/lib/format'
import { requirePermission } from '@/server/auth/require-permission'
import { keysetBatches } from '@/server/open-data/keyset-batches'
import {
  MUNICIPALITY_CSV_COLUMNS,
  municipalitySearchSchema,
  type MunicipalitySearch,
} from '@/schemas/admin-municipality'
import { adminMunicipalityWhere } from './admin-search-municipalities'
import { placeSelect } from './place-select'

/**
 * municipalities.csv for staff: the columns the import reads, for the municipalities matching the
 * admin search, streamed in id order one batch at a time. MODERATOR and ADMIN.
 */
export async function streamMunicipalitiesCsv(
  input: MunicipalitySearch = {},
): Promise<ReadableStream<Uint8Array>> {
  await requirePermission('municipality.edit')
  const where = adminMunicipalityWhere(municipalitySearchSchema.parse(input))
  const fetchAfter = (afterId: string | undefined, take: number) =>
    db.municipality.findMany({
      where: { ...where, ...(afterId && { id: { gt: afterId } }) },
      orderBy: { id: 'asc' },
      take,
      select: {
        ...placeSelect,
        populationYear: true,
        boundaryType: true,
        website: true,
        latitude: true,
        longitude: true,
        isMember: true,
        memberSince: true,
      },
    })
  const batches = keysetBatches(fetchAfter, (rows) =>
    rows.map((m) => [
      m.slug,
      m.name,
      m.state,
      m.county,
      m.population,
      m.populationYear,
      m.boundaryType,
      m.website,
      m.latitude,
      m.longitude,
      m.isMember,
      m.memberSince && isoDate(m.memberSince),
    ]),
  )
  return csvStream(MUNICIPALITY_CSV_COLUMNS, batches)
}
