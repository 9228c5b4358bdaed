import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { targetIdSchema } from '@/schemas/portal'
import type { TargetData } from '@/schemas/targets'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'
import { targetFields } from './target-fields'

/** An active target of the official's municipality, with what its edit form needs. */
export async function getTargetForEdit({ slug, targetId }: { slug: string; targetId: string }): Promise<{
  municipality: { slug: string; name: string }
  target: TargetData & { id: string }
  willReplace: boolean
}> {
  const ref = await findPortalMunicipality({ slug })
  const id = targetIdSchema.safeParse(targetId)
  if (!id.success) throw new AppError('NOT_FOUND')
  const [target, verified] = await Promise.all([
    db.target.findFirst({
      where: { id: id.data, municipalityId: ref.id, status: 'ACTIVE' },
      select: { id: true, ...targetFields },
    }),
    db.progressReport.count({ where: { municipalityId: ref.id, status: 'VERIFIED' } }),
  ])
  if (!target) throw new AppError('NOT_FOUND')
  return { municipality: { slug: ref.slug, name: ref.name }, target, willReplace: verified > 0 }
}
