import 'server-only'
import { db } from '@/server/db'
import { AppError, isUniqueViolation } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidatePartners } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'
import type { PartnerInput } from '@/schemas/partners'
import { partnerFields, partnerLists } from './partner-fields'

/**
 * Creates a directory entry (as a draft) or updates one; a published entry's change shows on the directory at
 * once. Two entries cannot share a name: the second is refused with a message on the name.
 */
export async function savePartner({
  id,
  input,
  editor,
}: {
  id?: string
  input: PartnerInput
  editor: { id: string }
}) {
  try {
    const saved = await db.$transaction(async (tx) => {
      const staff = await assertEditor(tx, editor, 'partner.edit')
      const before = id ? await tx.partner.findUnique({ where: { id } }) : null
      if (id && !before) throw new AppError('NOT_FOUND')
      const data = partnerFields(input)
      const row = before
        ? await tx.partner.update({ where: { id: before.id }, data, select: { id: true, status: true } })
        : await tx.partner.create({ data, select: { id: true, status: true } })
      await recordAudit({
        client: tx,
        actor: { id: staff.id, label: staff.email },
        action: before ? 'partner.update' : 'partner.create',
        entityType: 'Partner',
        entityId: row.id,
        before: before && partnerFields({ ...before, ...partnerLists(before) }),
        after: data,
      })
      return row
    })
    if (saved.status === 'PUBLISHED') invalidatePartners()
    return { id: saved.id }
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', 'Another entry already has this name.')
    throw e
  }
}
