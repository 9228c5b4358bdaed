import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { eventValues } from './event-fields'

/** An event as its edit form shows it (times in its zone), or null. Staff with event.edit. */
export async function getEventForEdit({ id }: { id: string }) {
  await requirePermission('event.edit')
  const row = await db.event.findUnique({ where: { id } })
  if (!row) return null
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    title: row.title,
    startsAt: row.startsAt,
    timeZone: row.timeZone,
    capacity: row.capacity,
    values: eventValues(row),
  }
}
