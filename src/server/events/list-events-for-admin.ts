import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

export type AdminEventSummary = Awaited<ReturnType<typeof listEventsForAdmin>>[number]

/** Every event, drafts included, newest start first, with its registrations counted. Staff with event.edit. */
export async function listEventsForAdmin() {
  await requirePermission('event.edit')
  const rows = await db.event.findMany({
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    select: {
      id: true,
      slug: true,
      title: true,
      type: true,
      audience: true,
      startsAt: true,
      timeZone: true,
      capacity: true,
      status: true,
    },
  })
  const counts = await db.eventRegistration.groupBy({
    by: ['eventId', 'status'],
    where: { status: { in: ['REGISTERED', 'WAITLISTED'] } },
    _count: { _all: true },
  })
  const count = (eventId: string, status: string) =>
    counts.find((c) => c.eventId === eventId && c.status === status)?._count._all ?? 0
  return rows.map((r) => ({
    ...r,
    registered: count(r.id, 'REGISTERED'),
    waitlisted: count(r.id, 'WAITLISTED'),
  }))
}
