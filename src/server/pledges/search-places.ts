import 'server-only'
import { db } from '@/server/db'
import { placeNameFilters } from '@/server/municipalities/search-place-names'
import { STATES } from '@/lib/domain/states'

export type PlaceOption = {
  id: string
  name: string
  state: string
  county: string | null
  population: number | null
  isMember: boolean
}

/** Places (members or not) whose name or one of its words starts with the query (St/Saint alike), in one state or all, largest first. */
export async function searchPlaces({
  q,
  state,
  limit = 10,
}: {
  q: string
  state?: string
  limit?: number
}): Promise<PlaceOption[]> {
  const names = placeNameFilters(q)
  if (!names) return []
  const st = state?.toUpperCase()
  const take = Math.min(Math.max(limit, 1), 25)
  const find = (where: typeof names.prefix) =>
    db.municipality.findMany({
      where: { AND: [where, st && st in STATES ? { state: st } : {}] },
      orderBy: [{ population: 'desc' }, { name: 'asc' }],
      take,
      select: { id: true, name: true, state: true, county: true, population: true, isMember: true },
    })
  // Names that start with the query first, then names with a later word that does ("louis": St. Louis).
  const first = await find(names.prefix)
  return first.length < take ? [...first, ...(await find(names.word)).slice(0, take - first.length)] : first
}
