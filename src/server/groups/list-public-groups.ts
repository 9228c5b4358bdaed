import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { groupStates, type GroupKindCode } from '@/schemas/groups'

export type PublicGroupMember = { name: string; slug: string; state: string; isMember: boolean }

/** What anyone may know of a group: that it exists, its subject, dates, facilitator and members. */
export type PublicGroup = {
  id: string
  slug: string
  kind: GroupKindCode
  name: string
  summary: string
  description: string
  topic: string | null
  states: string[]
  startsOn: Date
  endsOn: Date
  facilitator: string | null
  members: PublicGroupMember[]
  meetingCount: number
}

type Row = Omit<PublicGroup, 'startsOn' | 'endsOn'> & { startsOn: string | Date; endsOn: string | Date }

export async function loadPublicGroups({ slug }: { slug?: string } = {}): Promise<PublicGroup[]> {
  const rows = await db.peerGroup.findMany({
    where: slug ? { slug } : {},
    orderBy: [{ startsOn: 'desc' }, { name: 'asc' }],
    take: slug ? 1 : 500,
    select: {
      id: true,
      slug: true,
      kind: true,
      name: true,
      summary: true,
      description: true,
      topic: true,
      states: true,
      startsOn: true,
      endsOn: true,
      facilitator: { select: { name: true } },
      members: {
        where: { status: 'APPROVED' },
        select: { municipality: { select: { name: true, slug: true, state: true, isMember: true } } },
        orderBy: { municipality: { name: 'asc' } },
      },
      _count: { select: { meetings: true } },
    },
  })
  return rows.map((g) => ({
    id: g.id,
    slug: g.slug,
    kind: g.kind,
    name: g.name,
    summary: g.summary,
    description: g.description,
    topic: g.topic,
    states: groupStates(g.states),
    startsOn: g.startsOn,
    endsOn: g.endsOn,
    // The facilitator's name only: staff emails are not public.
    facilitator: g.facilitator?.name ?? null,
    members: g.members.map((m) => m.municipality),
    meetingCount: g._count.meetings,
  }))
}

// The data cache keeps JSON: dates come back as strings.
export function reviveGroup(g: Row): PublicGroup {
  return { ...g, startsOn: new Date(g.startsOn), endsOn: new Date(g.endsOn) }
}

/** Every group, newest first (cached under `groups`). */
export async function listPublicGroups(): Promise<PublicGroup[]> {
  const rows = await unstable_cache(() => loadPublicGroups(), ['public-groups'], {
    tags: [tags.groups],
    revalidate: 3600,
  })()
  return rows.map(reviveGroup)
}
