import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { isoDate } from '@/lib/format'
import type { GroupValues } from '@/schemas/groups'

/** A group as staff edit it: the form's values, its meetings (with notes) and its documents. */
export async function getGroupForEdit({ id }: { id: string }) {
  await requirePermission('group.edit')
  const g = await db.peerGroup.findUnique({
    where: { id },
    include: {
      members: {
        where: { status: 'APPROVED' },
        select: { municipality: { select: { slug: true } } },
        orderBy: { municipality: { slug: 'asc' } },
      },
      meetings: { orderBy: { startsAt: 'asc' } },
      documents: {
        orderBy: { createdAt: 'desc' },
        select: {
          id: true,
          title: true,
          createdAt: true,
          upload: { select: { filename: true, size: true } },
        },
      },
    },
  })
  if (!g) return null
  const values: GroupValues = {
    kind: g.kind,
    name: g.name,
    slug: g.slug,
    summary: g.summary,
    description: g.description,
    topic: g.topic ?? '',
    states: g.states.split(',').filter(Boolean).join(', '),
    facilitatorId: g.facilitatorId ?? '',
    startsOn: isoDate(g.startsOn),
    endsOn: isoDate(g.endsOn),
    members: g.members.map((m) => m.municipality.slug).join('\n'),
  }
  return { id: g.id, slug: g.slug, name: g.name, values, meetings: g.meetings, documents: g.documents }
}
