import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { AppError } from '@/server/errors'
import { placeSelect } from './place-select'

/** One municipality with what staff need to edit it: facts, membership and what hangs on it. */
export async function adminGetMunicipality({ slug }: { slug: string }) {
  await requirePermission('municipality.edit')
  const row = await db.municipality.findUnique({
    where: { slug },
    select: {
      ...placeSelect,
      populationYear: true,
      website: true,
      boundaryType: true,
      latitude: true,
      longitude: true,
      isMember: true,
      memberSince: true,
      updatedAt: true,
      _count: {
        select: { pledges: true, reports: true, targets: true, officials: true, implementations: true },
      },
    },
  })
  if (!row) throw new AppError('NOT_FOUND')
  const approved = await db.pledge.count({ where: { municipalityId: row.id, status: 'APPROVED' } })
  return { ...row, approvedPledges: approved }
}
