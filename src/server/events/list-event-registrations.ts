import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

export type AdminRegistration = Awaited<ReturnType<typeof listEventRegistrations>>[number]

const ORDER = { REGISTERED: 0, WAITLISTED: 1, CANCELLED: 2 } as const

/**
 * An event's registrations for staff: those with a place, then the waiting list in its order, then the
 * cancelled, each in the order they registered. Staff with event.edit.
 */
export async function listEventRegistrations({ eventId }: { eventId: string }) {
  await requirePermission('event.edit')
  const rows = await db.eventRegistration.findMany({
    where: { eventId },
    orderBy: [{ seq: 'asc' }],
    select: {
      id: true,
      name: true,
      email: true,
      organisation: true,
      status: true,
      attended: true,
      createdAt: true,
      promotedAt: true,
      cancelledAt: true,
    },
  })
  return rows.sort((a, b) => ORDER[a.status] - ORDER[b.status])
}
