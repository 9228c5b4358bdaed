import 'server-only'
import { db } from '@/server/db'
import type { PlaceOption } from './search-places'

/** One place by id, for showing a choice back to the person who made it. */
export async function getPlace({ id }: { id: string }): Promise<PlaceOption | null> {
  return db.municipality.findUnique({
    where: { id },
    select: { id: true, name: true, state: true, county: true, population: true, isMember: true },
  })
}
