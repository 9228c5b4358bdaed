import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import type { CostBandCode } from '@/schemas/solutions'

export type SolutionForEdit = {
  id: string
  slug: string
  status: 'DRAFT' | 'PUBLISHED'
  publishedAt: string | null
  values: {
    title: string
    summary: string
    body: string
    costBand: CostBandCode
    coBenefits: string
    hazards: string[]
    sectors: string[]
  }
}

/** One solution as the edit form needs it, drafts included; null for an unknown id. */
export async function getSolutionForEdit({ id }: { id: string }): Promise<SolutionForEdit | null> {
  await requirePermission('solution.edit')
  const s = await db.solution.findUnique({
    where: { id },
    include: { hazards: { orderBy: { hazard: 'asc' } }, sectors: { orderBy: { sector: 'asc' } } },
  })
  if (!s) return null
  return {
    id: s.id,
    slug: s.slug,
    status: s.status,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    values: {
      title: s.title,
      summary: s.summary,
      body: s.body,
      costBand: s.costBand,
      coBenefits: s.coBenefits,
      hazards: s.hazards.map((h) => h.hazard),
      sectors: s.sectors.map((x) => x.sector),
    },
  }
}
