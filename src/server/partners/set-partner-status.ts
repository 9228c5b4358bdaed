import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidatePartners } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'

/** Shows an entry in the experts and partners directory, or takes it out; the directory follows at once. */
export async function setPartnerStatus({
  id,
  status,
  editor,
  now = new Date(),
}: {
  id: string
  status: 'DRAFT' | 'PUBLISHED'
  editor: { id: string }
  now?: Date
}) {
  await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'partner.edit')
    const p = await tx.partner.findUnique({
      where: { id },
      select: { name: true, status: true, publishedAt: true },
    })
    if (!p) throw new AppError('NOT_FOUND')
    if (p.status === status)
      throw new AppError(
        'CONFLICT',
        status === 'PUBLISHED' ? 'This entry is already published.' : 'This entry is not published.',
      )
    await tx.partner.update({
      where: { id },
      data: { status, ...(status === 'PUBLISHED' && !p.publishedAt ? { publishedAt: now } : {}) },
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: status === 'PUBLISHED' ? 'partner.publish' : 'partner.unpublish',
      entityType: 'Partner',
      entityId: id,
      before: { name: p.name, status: p.status },
      after: { name: p.name, status },
    })
  })
  invalidatePartners()
}
