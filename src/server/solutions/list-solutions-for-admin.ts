import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import type { CostBandCode } from '@/schemas/solutions'

export type AdminSolutionSummary = {
  id: string
  slug: string
  title: string
  status: 'DRAFT' | 'PUBLISHED'
  costBand: CostBandCode
  updatedAt: string
}

/** Every Solutions Gateway entry, drafts included, by title; for editors, checks the permission itself. */
export async function listSolutionsForAdmin(): Promise<AdminSolutionSummary[]> {
  await requirePermission('solution.edit')
  const rows = await db.solution.findMany({
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    take: 1000,
    select: { id: true, slug: true, title: true, status: true, costBand: true, updatedAt: true },
  })
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }))
}
