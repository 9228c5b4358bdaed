import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import type { PartnerValues } from '@/schemas/partners'
import { partnerLists } from './partner-fields'

export type PartnerForEdit = {
  id: string
  status: 'DRAFT' | 'PUBLISHED'
  values: PartnerValues
}

/** One directory entry as the edit form shows it, drafts included; null for an unknown id. */
export async function getPartnerForEdit({ id }: { id: string }): Promise<PartnerForEdit | null> {
  await requirePermission('partner.edit')
  const p = await db.partner.findUnique({ where: { id } })
  if (!p) return null
  const lists = partnerLists(p)
  return {
    id: p.id,
    status: p.status,
    values: {
      name: p.name,
      kind: p.kind,
      summary: p.summary,
      helpsWith: lists.helpsWith.join('\n'),
      statesServed: lists.statesServed.join(', '),
      website: p.website ?? '',
    },
  }
}
