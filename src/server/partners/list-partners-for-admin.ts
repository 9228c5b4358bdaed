import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

export type AdminPartnerSummary = {
  id: string
  name: string
  kind: string
  status: 'DRAFT' | 'PUBLISHED'
  updatedAt: string
}

/** Every directory entry, drafts included, by name: the staff list. */
export async function listPartnersForAdmin(): Promise<AdminPartnerSummary[]> {
  await requirePermission('partner.edit')
  const rows = await db.partner.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, name: true, kind: true, status: true, updatedAt: true },
  })
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }))
}
