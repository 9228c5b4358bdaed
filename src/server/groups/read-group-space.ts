import 'server-only'
import { db } from '@/server/db'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { mayReadGroup } from './group-access'

export type GroupMeeting = {
  id: string
  title: string
  startsAt: Date
  endsAt: Date
  timeZone: string
  online: boolean
  place: string | null
  notes: string | null
  notesPublishedAt: Date | null
}
export type GroupDocumentSummary = {
  id: string
  title: string
  filename: string
  contentType: string
  size: number
  createdAt: Date
}
export type GroupSpaceMember = {
  name: string
  slug: string
  state: string
  isMember: boolean
  officials: { name: string; title: string | null }[]
}
export type GroupSpace = {
  upcoming: GroupMeeting[]
  past: GroupMeeting[]
  documents: GroupDocumentSummary[]
  members: GroupSpaceMember[]
}

export type GroupSpaceRead =
  { access: 'granted'; space: GroupSpace } | { access: 'signed-out' } | { access: 'not-member' }

/**
 * A group's members' space for the visitor of this request: its meetings (with the notes staff published),
 * its documents and its member list, for staff and the officials of its member municipalities. Never cached.
 * Officials are listed by name and title only: no email or phone reaches another member.
 */
export async function readGroupSpace({
  groupId,
  now = new Date(),
}: {
  groupId: string
  now?: Date
}): Promise<GroupSpaceRead> {
  const user = await getCurrentUser()
  if (!user) return { access: 'signed-out' }
  if (!(await mayReadGroup(user, groupId))) return { access: 'not-member' }
  const [meetings, documents, members] = await Promise.all([
    db.peerGroupMeeting.findMany({
      where: { groupId },
      orderBy: { startsAt: 'asc' },
      take: 500,
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        online: true,
        place: true,
        notes: true,
        notesPublishedAt: true,
      },
    }),
    db.peerGroupDocument.findMany({
      where: { groupId },
      orderBy: { createdAt: 'desc' },
      take: 500,
      select: {
        id: true,
        title: true,
        createdAt: true,
        upload: { select: { filename: true, contentType: true, size: true } },
      },
    }),
    db.peerGroupMember.findMany({
      where: { groupId, status: 'APPROVED' },
      orderBy: { municipality: { name: 'asc' } },
      select: {
        municipality: {
          select: {
            name: true,
            slug: true,
            state: true,
            isMember: true,
            officials: {
              where: { confirmed: true, user: { active: true } },
              select: { title: true, user: { select: { name: true } } },
            },
          },
        },
      },
    }),
  ])
  return {
    access: 'granted',
    space: {
      upcoming: meetings.filter((m) => m.endsAt > now),
      past: meetings.filter((m) => m.endsAt <= now).reverse(),
      documents: documents.map((d) => ({ id: d.id, title: d.title, createdAt: d.createdAt, ...d.upload })),
      members: members.map(({ municipality: m }) => ({
        name: m.name,
        slug: m.slug,
        state: m.state,
        isMember: m.isMember,
        officials: m.officials
          .filter((o) => o.user.name)
          .map((o) => ({ name: o.user.name as string, title: o.title })),
      })),
    },
  }
}
