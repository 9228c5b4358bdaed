import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'
import { invalidateGroup } from '@/server/cache-tags'

/**
 * Deletes a group with its meetings, notes, members and shared documents (their files too), once staff typed its
 * name to confirm (else INVALID_INPUT on `confirm`). Audited with what it held; its public page and the list of
 * groups are expired by tag.
 */
export async function deleteGroup({
  id,
  confirm,
  editor,
}: {
  id: string
  confirm: string
  editor: { id: string }
}): Promise<{ name: string }> {
  const deleted = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'group.edit')
    const group = await tx.peerGroup.findUnique({
      where: { id },
      select: {
        id: true,
        slug: true,
        name: true,
        documents: { select: { uploadId: true } },
        _count: { select: { meetings: true, members: true, documents: true } },
      },
    })
    if (!group) throw new AppError('NOT_FOUND')
    if (confirm.trim().toLowerCase() !== group.name.trim().toLowerCase())
      throw new AppError('INVALID_INPUT', `Type the group’s name, ${group.name}, to delete it`, {
        field: 'confirm',
      })
    await tx.upload.deleteMany({ where: { id: { in: group.documents.map((d) => d.uploadId) } } })
    await tx.peerGroup.delete({ where: { id } })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'group.delete',
      entityType: 'PeerGroup',
      entityId: id,
      before: { slug: group.slug, name: group.name, ...group._count },
      after: null,
    })
    return group
  })
  invalidateGroup(deleted.slug)
  return { name: deleted.name }
}
