import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { toCsv } from '@/lib/csv'
import { recordAudit } from '@/server/audit/record-audit'
import { requirePermission } from '@/server/auth/require-permission'
import { listEventRegistrations } from './list-event-registrations'

export const REGISTRATIONS_CSV_HEADER = [
  'name',
  'email',
  'organisation',
  'status',
  'waiting_list_position',
  'attended',
  'registered_at',
  'promoted_at',
  'cancelled_at',
] as const

/**
 * An event's registrations as CSV (cells that a spreadsheet would read as formulas are quoted: src/lib/csv.ts).
 * Staff with event.edit; the export is audited, as it holds people's addresses.
 */
export async function registrationsCsv({ eventId }: { eventId: string }) {
  const user = await requirePermission('event.edit')
  const event = await db.event.findUnique({ where: { id: eventId }, select: { slug: true } })
  if (!event) throw new AppError('NOT_FOUND')
  const rows = await listEventRegistrations({ eventId })
  let position = 0
  const csv = toCsv(
    REGISTRATIONS_CSV_HEADER,
    rows.map((r) => [
      r.name,
      r.email,
      r.organisation,
      r.status.toLowerCase(),
      r.status === 'WAITLISTED' ? ++position : null,
      r.status === 'REGISTERED' ? r.attended : null,
      r.createdAt,
      r.promotedAt,
      r.cancelledAt,
    ]),
  )
  await recordAudit({
    actor: { id: user.id, label: user.email },
    action: 'event.export-registrations',
    entityType: 'Event',
    entityId: eventId,
    after: { rows: rows.length },
  })
  return { csv, filename: `${event.slug}-registrations.csv` }
}
