import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

export type PendingOfficial = {
  userId: string
  municipalityId: string
  name: string | null
  email: string
  title: string | null
  municipality: { slug: string; name: string; state: string }
  invitedBy: { name: string | null; email: string } | null
  invitedAt: string
}

/** Colleagues invited by officials, waiting for staff to confirm them; oldest first. */
export async function listPendingOfficials(): Promise<PendingOfficial[]> {
  await requirePermission('municipality.edit')
  const rows = await db.municipalityOfficial.findMany({
    where: { confirmed: false },
    orderBy: { createdAt: 'asc' },
    take: 200,
    select: {
      userId: true,
      municipalityId: true,
      title: true,
      createdAt: true,
      user: { select: { name: true, email: true } },
      municipality: { select: { slug: true, name: true, state: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  })
  return rows.map((r) => ({
    userId: r.userId,
    municipalityId: r.municipalityId,
    name: r.user.name,
    email: r.user.email,
    title: r.title,
    municipality: r.municipality,
    invitedBy: r.invitedBy,
    invitedAt: r.createdAt.toISOString(),
  }))
}
