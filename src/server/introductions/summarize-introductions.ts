import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

export type IntroductionSummary = {
  counts: { requested: number; accepted: number; declined: number; expired: number }
  recent: {
    id: string
    from: string
    to: string
    solution: string | null
    status: 'REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED'
    createdAt: Date
  }[]
}

/**
 * The introductions the network brokered, for the staff dashboard (a measure of the network working): how many
 * are open, accepted, declined and expired, and the latest ones, by municipality, never with anyone's contact.
 * Any staff role.
 */
export async function summarizeIntroductions({ take = 10 } = {}): Promise<IntroductionSummary> {
  await requirePermission('admin.view')
  const [groups, rows] = await Promise.all([
    db.introduction.groupBy({ by: ['status'], _count: { _all: true } }),
    db.introduction.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take,
      select: {
        id: true,
        status: true,
        createdAt: true,
        fromMunicipality: { select: { name: true, state: true } },
        toMunicipality: { select: { name: true, state: true } },
        solution: { select: { title: true } },
      },
    }),
  ])
  const count = (s: string) => groups.find((g) => g.status === s)?._count._all ?? 0
  return {
    counts: {
      requested: count('REQUESTED'),
      accepted: count('ACCEPTED'),
      declined: count('DECLINED'),
      expired: count('EXPIRED'),
    },
    recent: rows.map((r) => ({
      id: r.id,
      from: `${r.fromMunicipality.name}, ${r.fromMunicipality.state}`,
      to: `${r.toMunicipality.name}, ${r.toMunicipality.state}`,
      solution: r.solution?.title ?? null,
      status: r.status,
      createdAt: r.createdAt,
    })),
  }
}
