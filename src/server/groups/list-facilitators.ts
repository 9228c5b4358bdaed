import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

/** The active staff members who can facilitate a group, by name (the facilitator select). */
export async function listFacilitators(): Promise<{ value: string; label: string }[]> {
  await requirePermission('group.edit')
  const rows = await db.user.findMany({
    where: { active: true, role: { in: ['ADMIN', 'EDITOR', 'MODERATOR'] } },
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
    select: { id: true, name: true, email: true },
    take: 500,
  })
  return rows.map((u) => ({ value: u.id, label: u.name ? `${u.name} (${u.email})` : u.email }))
}
