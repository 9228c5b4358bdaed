import 'server-only'
import { db } from '@/server/db'
import { requirePortalUser } from './require-portal-user'

export type MyMunicipality = {
  slug: string
  name: string
  state: string
  isMember: boolean
  complianceStage: string
  complianceOverdue: boolean
  nextDeadline: string | null
  activeTargets: number
}

/** The signed-in official's municipalities: confirmed ones to manage, and those awaiting staff. */
export async function listMyMunicipalities(): Promise<{
  confirmed: MyMunicipality[]
  pending: { slug: string; name: string; state: string }[]
}> {
  const user = await requirePortalUser()
  const links = await db.municipalityOfficial.findMany({
    where: { userId: user.id },
    orderBy: { municipality: { name: 'asc' } },
    select: {
      confirmed: true,
      municipality: {
        select: {
          slug: true,
          name: true,
          state: true,
          isMember: true,
          complianceStage: true,
          complianceOverdue: true,
          nextDeadline: true,
          _count: { select: { targets: { where: { status: 'ACTIVE' } } } },
        },
      },
    },
  })
  const confirmed = links
    .filter((l) => l.confirmed)
    .map(({ municipality: m }) => ({
      slug: m.slug,
      name: m.name,
      state: m.state,
      isMember: m.isMember,
      complianceStage: m.complianceStage,
      complianceOverdue: m.complianceOverdue,
      nextDeadline: m.nextDeadline?.toISOString() ?? null,
      activeTargets: m._count.targets,
    }))
  const pending = links
    .filter((l) => !l.confirmed)
    .map(({ municipality: m }) => ({ slug: m.slug, name: m.name, state: m.state }))
  return { confirmed, pending }
}
