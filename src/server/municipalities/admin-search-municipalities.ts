import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { normalizeForSearch } from '@/lib/text'
import {
  MUNICIPALITY_PAGE_SIZE,
  municipalitySearchSchema,
  type MunicipalitySearch,
} from '@/schemas/admin-municipality'
import { placeSelect } from './place-select'

/** The where clause shared by the admin search and the CSV export. */
export function adminMunicipalityWhere({
  q,
  state,
  members,
}: {
  q?: string
  state?: string
  members: boolean
}) {
  const name = q ? normalizeForSearch(q) : ''
  return {
    ...(name ? { searchName: { contains: name } } : {}),
    ...(state ? { state } : {}),
    ...(members ? { isMember: true } : {}),
  }
}

/**
 * Municipalities for staff, by name (any part of it, case and accents ignored), state and membership;
 * names starting with the query come first. MODERATOR and ADMIN.
 */
export async function adminSearchMunicipalities(input: MunicipalitySearch) {
  await requirePermission('municipality.edit')
  const filter = municipalitySearchSchema.parse(input)
  const where = adminMunicipalityWhere(filter)
  const total = await db.municipality.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / MUNICIPALITY_PAGE_SIZE))
  const page = Math.min(filter.page, pageCount)
  const rows = await db.municipality.findMany({
    where,
    orderBy: [{ searchName: 'asc' }, { state: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * MUNICIPALITY_PAGE_SIZE,
    take: MUNICIPALITY_PAGE_SIZE,
    select: {
      ...placeSelect,
      isMember: true,
      memberSince: true,
    },
  })
  return { total, page, pageCount, filter, municipalities: rows }
}
