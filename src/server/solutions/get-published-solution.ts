import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import type { CostBandCode } from '@/schemas/solutions'

export type SolutionDetail = {
  slug: string
  title: string
  summary: string
  body: string // markdown
  costBand: CostBandCode
  coBenefits: string
  hazards: string[]
  sectors: string[]
  publishedAt: string | null
  updatedAt: string
  implementations: {
    slug: string
    name: string
    state: string
    year: number | null
    note: string | null
    willingToTalk: boolean
  }[]
  related: { slug: string; title: string; summary: string }[]
}

const RELATED_LIMIT = 4

async function load(slug: string): Promise<SolutionDetail | null> {
  const s = await db.solution.findFirst({
    where: { slug, status: 'PUBLISHED' },
    include: {
      hazards: { orderBy: { hazard: 'asc' } },
      sectors: { orderBy: { sector: 'asc' } },
      implementations: {
        // Reference places are not public profiles: only members link anywhere.
        where: { municipality: { isMember: true } },
        include: { municipality: { select: { slug: true, name: true, state: true } } },
        orderBy: { municipality: { searchName: 'asc' } },
      },
    },
  })
  if (!s) return null
  const hazards = s.hazards.map((h) => h.hazard)
  const sectors = s.sectors.map((x) => x.sector)
  const candidates = await db.solution.findMany({
    where: {
      status: 'PUBLISHED',
      id: { not: s.id },
      OR: [
        { hazards: { some: { hazard: { in: hazards } } } },
        { sectors: { some: { sector: { in: sectors } } } },
      ],
    },
    select: { slug: true, title: true, summary: true, hazards: true, sectors: true },
    orderBy: { title: 'asc' },
    take: 50,
  })
  // Most shared hazards and sectors first, then by title.
  const shared = (c: (typeof candidates)[number]) =>
    c.hazards.filter((h) => hazards.includes(h.hazard)).length +
    c.sectors.filter((x) => sectors.includes(x.sector)).length
  const related = candidates
    .toSorted((a, b) => shared(b) - shared(a) || a.title.localeCompare(b.title))
    .slice(0, RELATED_LIMIT)
    .map(({ slug, title, summary }) => ({ slug, title, summary }))
  return {
    slug: s.slug,
    title: s.title,
    summary: s.summary,
    body: s.body,
    costBand: s.costBand,
    coBenefits: s.coBenefits,
    hazards,
    sectors,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    updatedAt: s.updatedAt.toISOString(),
    implementations: s.implementations.map((i) => ({
      ...i.municipality,
      year: i.year,
      note: i.note,
      willingToTalk: i.willingToTalk,
    })),
    related,
  }
}

/** A published solution with its implementations and up to four related solutions, or null. */
export function getPublishedSolution({ slug }: { slug: string }): Promise<SolutionDetail | null> {
  return unstable_cache(() => load(slug), ['published-solution', slug], {
    tags: [tags.solution(slug), tags.solutions],
    revalidate: 3600,
  })()
}
