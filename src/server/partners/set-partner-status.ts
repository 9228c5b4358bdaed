import 'server-only'
import { invalidatePartners } from '@/server/cache-tags'
import { setPublishStatus, type Publishable } from '@/server/publishing/set-publish-status'

const partners: Publishable = {
  permission: 'partner.edit',
  entityType: 'Partner',
  audit: 'partner',
  noun: 'This entry',
  find: async (tx, id) => {
    const p = await tx.partner.findUnique({
      where: { id },
      select: { name: true, status: true, publishedAt: true },
    })
    return p && { status: p.status, publishedAt: p.publishedAt, label: { name: p.name } }
  },
  update: (tx, id, data) => tx.partner.update({ where: { id }, data }),
}

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
  await setPublishStatus(partners, { id, status, editor, now })
  invalidatePartners()
}
