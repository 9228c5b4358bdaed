import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

/** Confirmed signatures' comments waiting for a moderator, oldest first (unconfirmed ones wait unseen). */
export async function listAskCommentsToModerate({ take = 50 }: { take?: number } = {}) {
  await requirePermission('ask.moderate')
  const where = { status: 'CONFIRMED', commentStatus: 'PENDING' } as const
  const [rows, total] = await Promise.all([
    db.askSignature.findMany({
      where,
      orderBy: { confirmedAt: 'asc' },
      take,
      select: {
        id: true,
        name: true,
        comment: true,
        confirmedAt: true,
        municipality: { select: { name: true, state: true, slug: true } },
        campaign: { select: { shortName: true, slug: true } },
      },
    }),
    db.askSignature.count({ where }),
  ])
  return { rows, total }
}
