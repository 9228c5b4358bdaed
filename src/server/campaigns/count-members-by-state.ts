import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { StateCount } from './count-signatories-by-state'

async function load(): Promise<StateCount[]> {
  const groups = await db.municipality.groupBy({
    by: ['state'],
    where: { isMember: true },
    _count: { _all: true },
  })
  return groups
    .map((g) => ({ state: g.state, count: g._count._all }))
    .sort((a, b) => a.state.localeCompare(b.state))
}

/** Member municipalities per state, states without members left out, ordered by code. */
export const countMembersByState = unstable_cache(load, ['members-by-state'], {
  tags: [tags.network, tags.members],
  revalidate: 3600,
})
