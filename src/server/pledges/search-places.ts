import 'server-only'
import { db } from '@/server/db'
import { normalizeForSearch } from '@/lib/text'
import { STATES } from '@/lib/domain/states'

export type PlaceOption = {
  id: string
  name: string
  state: string
  county: string | null
  population: number | null
  isMember: boolean
}

/** Places (members or not) whose name starts with the query, in one state or all, largest first. */
export async function searchPlaces({
  q,
  state,
  limit = 10,
}: {
  q: string
  state?: string
  limit?: number
}): Promise<PlaceOption[]> {
  const term = normalizeForSearch(q.slice(0, 100))
  if (term.length < 2) return []
  const st = state?.toUpperCase()
  return db.municipality.findMany({
    where: { searchName: { startsWith: term }, ...(st && st in STATES ? { state: st } : {}) },
    orderBy: [{ population: 'desc' }, { name: 'asc' }],
    take: Math.min(Math.max(limit, 1), 25),
    select: { id: true, name: true, state: true, county: true, population: true, isMember: true },
  })
}
