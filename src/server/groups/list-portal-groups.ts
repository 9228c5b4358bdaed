import 'server-only'
import { db } from '@/server/db'
import type { PortalMunicipalityRef } from '@/server/portal/find-portal-municipality'
import { groupStates } from '@/schemas/groups'
import { groupFits, today } from './group-fits'

/**
 * The groups a municipality may join from the portal (open, for its state or any), with where it stands in
 * each (not asked, asked, member, declined), and the groups it already belongs to.
 */
export async function listPortalGroups({
  municipality,
  now = new Date(),
}: {
  municipality: PortalMunicipalityRef
  now?: Date
}) {
  const groups = await db.peerGroup.findMany({
    where: {
      OR: [{ endsOn: { gte: today(now) } }, { members: { some: { municipalityId: municipality.id } } }],
    },
    orderBy: [{ startsOn: 'asc' }, { name: 'asc' }],
    take: 500,
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      summary: true,
      topic: true,
      states: true,
      startsOn: true,
      endsOn: true,
      members: { where: { municipalityId: municipality.id }, select: { status: true } },
    },
  })
  return groups
    .map(({ members, ...g }) => ({
      ...g,
      states: groupStates(g.states),
      membership: members[0]?.status ?? null,
      fits: groupFits(g, municipality.state, now),
    }))
    .filter((g) => g.fits || g.membership === 'APPROVED')
}
export type PortalGroup = Awaited<ReturnType<typeof listPortalGroups>>[number]
