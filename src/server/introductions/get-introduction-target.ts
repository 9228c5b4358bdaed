import 'server-only'
import { db } from '@/server/db'

export type IntroductionTarget = {
  municipality: { id: string; slug: string; name: string; state: string }
  solution: { id: string; slug: string; title: string } | null
}

/**
 * The member municipality an introduction may be asked of, and the solution it was asked about: a published one
 * that municipality implemented and is willing to talk about. Null when either is not so (a made-up address).
 */
export async function getIntroductionTarget({
  to,
  solution,
}: {
  to: string
  solution: string
}): Promise<IntroductionTarget | null> {
  const municipality = await db.municipality.findFirst({
    where: { slug: to, isMember: true },
    select: { id: true, slug: true, name: true, state: true },
  })
  if (!municipality) return null
  if (!solution) return { municipality, solution: null }
  const implementation = await db.solutionImplementation.findFirst({
    where: {
      municipalityId: municipality.id,
      willingToTalk: true,
      solution: { slug: solution, status: 'PUBLISHED' },
    },
    select: { solution: { select: { id: true, slug: true, title: true } } },
  })
  return implementation ? { municipality, solution: implementation.solution } : null
}
