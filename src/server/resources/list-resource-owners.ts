import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

export type ResourceOwnerOption = { value: string; label: string }

/** The active staff members an entry can be given to, by name (the owner select). */
export async function listResourceOwners(): Promise<ResourceOwnerOption[]> {
  await requirePermission('resource.edit')
  const rows = await db.user.findMany({
    where: { active: true, role: { in: ['ADMIN', 'EDITOR', 'MODERATOR'] } },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: { id: true, name: true, email: true },
    take: 500,
  })
  return rows.map((u) => ({ value: u.id, label: u.name ? `${u.name} (${u.email})` : u.email }))
}
