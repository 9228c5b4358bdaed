import 'server-only'
import type { TargetData } from '@/schemas/targets'
import type { Db } from '@/server/db'
import { targetFields } from './target-fields'

// A transaction client has the same model API as the client itself.
type Client = Pick<Db, 'target'>

export const IDENTICAL_TARGET_MESSAGE =
  'Your municipality already has an active target with exactly these figures. Change that target instead of adding it again.'

const compared = { id: true, ...targetFields }

// Sectors and gases are sets stored as comma lists: their order says nothing.
const sameList = (a: string, b: string) => a.split(',').sort().join(',') === b.split(',').sort().join(',')
const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date
    ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime()
    : (a ?? null) === (b ?? null)

/**
 * Another active target of the municipality with the same type, coverage and figures: a second one
 * would only count the same commitment twice. `exceptId` leaves out the target being edited.
 */
export async function findIdenticalTarget({
  client,
  municipalityId,
  data,
  exceptId,
}: {
  client: Client
  municipalityId: string
  data: TargetData
  exceptId?: string
}): Promise<{ id: string } | null> {
  const active = await client.target.findMany({
    where: { municipalityId, status: 'ACTIVE', type: data.type, targetYear: data.targetYear },
    select: compared,
  })
  const same = active.find(
    (t) =>
      t.id !== exceptId &&
      sameList(t.sectorsCovered, data.sectorsCovered) &&
      sameList(t.gasesCovered, data.gasesCovered) &&
      (Object.keys(data) as (keyof TargetData)[])
        .filter((k) => k !== 'sectorsCovered' && k !== 'gasesCovered')
        .every((k) => sameValue(t[k], data[k])),
  )
  return same ? { id: same.id } : null
}
