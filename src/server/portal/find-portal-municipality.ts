import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { portalSlugSchema } from '@/schemas/portal'
import type { SessionUser } from '@/server/auth/find-session-user'
import { officialScope } from './official-scope'
import { requirePortalUser } from './require-portal-user'

export type PortalMunicipalityRef = {
  id: string
  slug: string
  name: string
  state: string
  user: SessionUser
}

/**
 * The guard of every portal page and action: the signed-in official and the municipality of `slug`,
 * when they are its confirmed official (an ADMIN may act on any). Otherwise UNAUTHENTICATED, FORBIDDEN
 * (staff) or NOT_FOUND (someone else's municipality, or an unconfirmed official).
 */
export async function findPortalMunicipality({ slug }: { slug: string }): Promise<PortalMunicipalityRef> {
  const user = await requirePortalUser()
  const parsed = portalSlugSchema.safeParse(slug)
  if (!parsed.success) throw new AppError('NOT_FOUND')
  const municipality = await db.municipality.findFirst({
    where: { slug: parsed.data, ...officialScope(user) },
    select: { id: true, slug: true, name: true, state: true },
  })
  if (!municipality) throw new AppError('NOT_FOUND')
  return { ...municipality, user }
}

/** The guard of the portal's server actions: the form's hidden `slug` names the municipality. */
export function portalCaller(form: FormData): Promise<PortalMunicipalityRef> {
  const slug = form.get('slug')
  return findPortalMunicipality({ slug: typeof slug === 'string' ? slug.slice(0, 200) : '' })
}
