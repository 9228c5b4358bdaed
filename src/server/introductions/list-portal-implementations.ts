import 'server-only'
import { db } from '@/server/db'
import type { PortalMunicipalityRef } from '@/server/portal/find-portal-municipality'

export type PortalImplementation = {
  slug: string
  title: string
  published: boolean
  year: number | null
  willingToTalk: boolean
}

/** The municipality's Solutions Gateway implementations, for its officials to say which they will talk about. */
export async function listPortalImplementations({
  municipality,
}: {
  municipality: PortalMunicipalityRef
}): Promise<PortalImplementation[]> {
  const rows = await db.solutionImplementation.findMany({
    where: { municipalityId: municipality.id },
    orderBy: { solution: { title: 'asc' } },
    select: {
      year: true,
      willingToTalk: true,
      solution: { select: { slug: true, title: true, status: true } },
    },
  })
  return rows.map((r) => ({
    slug: r.solution.slug,
    title: r.solution.title,
    published: r.solution.status === 'PUBLISHED',
    year: r.year,
    willingToTalk: r.willingToTalk,
  }))
}
