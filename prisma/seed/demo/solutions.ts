import type { Prisma } from '@/server/generated/sqlite/client'
import { solutionSearchText } from '@/lib/domain/solution-search-text'
import { addDays, demoId, BULK } from '../util'
import type { DemoContext, Signatory } from './context'
import { SOLUTIONS, type SolutionSeed } from './solutions-data'

export function solutionBody(s: Pick<SolutionSeed, 'what' | 'how' | 'money' | 'watch'>): string {
  return [
    `## What it is\n\n${s.what}`,
    `## How to get started\n\n${s.how}`,
    `## Costs and funding\n\n${s.money}`,
    `## What to watch for\n\n${s.watch}`,
  ].join('\n\n')
}

/** A Solution row with its search text: the words a visitor would search for, hazard and sector labels included. */
export function buildSolution(
  s: Pick<SolutionSeed, 'slug' | 'title' | 'summary' | 'cost' | 'coBenefits' | 'hazards' | 'sectors'> & {
    body: string
    published: boolean
    publishedAt?: Date
  },
): Prisma.SolutionCreateManyInput {
  return {
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    body: s.body,
    searchText: solutionSearchText(s),
    costBand: s.cost,
    coBenefits: s.coBenefits,
    status: s.published ? 'PUBLISHED' : 'DRAFT',
    publishedAt: s.published ? (s.publishedAt ?? new Date()) : null,
  }
}

/** The Solutions Gateway entries with hazards, sectors and the members that implemented each. */
export async function seedSolutions(ctx: DemoContext, signatories: Signatory[]) {
  const { db, rng } = ctx
  const solutions: Prisma.SolutionCreateManyInput[] = []
  const hazards: Prisma.SolutionHazardCreateManyInput[] = []
  const sectors: Prisma.SolutionSectorCreateManyInput[] = []
  const implementations: Prisma.SolutionImplementationCreateManyInput[] = []
  SOLUTIONS.forEach((s, n) => {
    const id = demoId('s', n)
    const publishedAt = addDays(ctx.now, -rng.int(30, 2500))
    solutions.push({
      ...buildSolution({ ...s, body: solutionBody(s), published: !s.draft, publishedAt }),
      id,
      isDemo: true,
    })
    for (const hazard of s.hazards) hazards.push({ solutionId: id, hazard })
    for (const sector of s.sectors) sectors.push({ solutionId: id, sector })
    if (s.draft) return
    for (const m of rng.sample(signatories, rng.int(3, 12))) {
      const since = Math.min(
        ...[m.rc4aSince, m.compactSince].filter((d): d is Date => !!d).map((d) => d.getUTCFullYear()),
      )
      const year = rng.int(since, ctx.now.getUTCFullYear())
      implementations.push({
        solutionId: id,
        municipalityId: m.place.id,
        year,
        note: `Adopted by ${m.place.name} in ${year}.`,
        // Every third implementation's officials are willing to talk about it (introductions, issue 17).
        willingToTalk: implementations.length % 3 === 0,
      })
    }
  })
  await db.$transaction(
    [
      db.solution.createMany({ data: solutions }),
      db.solutionHazard.createMany({ data: hazards }),
      db.solutionSector.createMany({ data: sectors }),
      db.solutionImplementation.createMany({ data: implementations }),
    ],
    BULK,
  )
  ctx.log(`demo: ${solutions.length} solutions, ${implementations.length} implementations`)
}
