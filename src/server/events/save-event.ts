import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { slugify } from '@/lib/text'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateEvents } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'
import { logger } from '@/server/log'
import type { EventInput } from '@/schemas/events'
import { eventSearchText } from '@/lib/domain/site-search-text'
import { eventFields } from './event-fields'
import { sendRegistrationEmail } from './event-emails'
import { lockEvent } from './lock-event'
import { promoteFromWaitlist } from './promote-from-waitlist'

const log = logger('events')

async function freeSlug(
  tx: Parameters<Parameters<typeof db.$transaction>[0]>[0],
  title: string,
  startsAt: Date,
) {
  const base = `${slugify(title).slice(0, 80) || 'event'}-${startsAt.toISOString().slice(0, 10)}`
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    if (!(await tx.event.findUnique({ where: { slug }, select: { id: true } }))) return slug
  }
}

/**
 * Creates an event (as a draft, its address made from its title and day) or updates one. A larger capacity
 * gives the new places to the people waiting, in order, and emails them. Audited; a published event's change
 * shows on /events at once.
 */
export async function saveEvent({
  id,
  input,
  editor,
  now = new Date(),
}: {
  id?: string
  input: EventInput
  editor: { id: string }
  now?: Date
}) {
  const data = eventFields(input)
  const searchText = eventSearchText(data)
  const saved = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'event.edit')
    if (id) await lockEvent(tx, id)
    const before = id ? await tx.event.findUnique({ where: { id } }) : null
    if (id && !before) throw new AppError('NOT_FOUND')
    const row = before
      ? await tx.event.update({ where: { id: before.id }, data: { ...data, searchText } })
      : await tx.event.create({
          data: { ...data, searchText, slug: await freeSlug(tx, data.title, data.startsAt) },
        })
    const promoted = before && row.status === 'PUBLISHED' ? await promoteFromWaitlist(tx, row, now) : []
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: before ? 'event.update' : 'event.create',
      entityType: 'Event',
      entityId: row.id,
      before: before && eventFields({ ...before, place: before.place }),
      after: { ...data, promoted: promoted.map((p) => p.id) },
    })
    return { row, promoted }
  })
  if (saved.row.status === 'PUBLISHED') invalidateEvents()
  for (const p of saved.promoted)
    await sendRegistrationEmail({
      kind: 'promoted',
      to: p.email,
      name: p.name,
      event: saved.row,
      cancelToken: p.cancelToken,
    }).catch((e) => log.error({ err: e }, 'waiting-list promotion email failed'))
  return { id: saved.row.id }
}
