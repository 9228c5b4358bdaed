import { beforeEach, describe, expect, test } from 'vitest'
import { db, truncateAll, uniqueSlug } from '../../helpers/db'
import { solutionSearchText } from '@/lib/domain/solution-search-text'
import { searchSolutions } from '@/server/solutions/search-solutions'
import { getPublishedSolution } from '@/server/solutions/get-published-solution'

type SolutionInput = {
  title: string
  summary?: string
  hazards?: string[]
  sectors?: string[]
  costBand?: 'LOW' | 'MEDIUM' | 'HIGH'
  status?: 'DRAFT' | 'PUBLISHED'
  implementedBy?: string[]
}

async function solution(input: SolutionInput) {
  const summary = input.summary ?? `About ${input.title}`
  return db.solution.create({
    data: {
      slug: uniqueSlug('solution'),
      title: input.title,
      summary,
      body: 'Body text',
      searchText: solutionSearchText({
        title: input.title,
        summary,
        body: 'Body text',
        hazards: input.hazards ?? [],
        sectors: input.sectors ?? [],
      }),
      costBand: input.costBand ?? 'LOW',
      coBenefits: 'Jobs',
      status: input.status ?? 'PUBLISHED',
      hazards: { create: (input.hazards ?? []).map((hazard) => ({ hazard })) },
      sectors: { create: (input.sectors ?? []).map((sector) => ({ sector })) },
      implementations: {
        create: (input.implementedBy ?? []).map((municipalityId) => ({ municipalityId, year: 2021 })),
      },
    },
  })
}

const titles = (r: { items: { title: string }[] }) => r.items.map((i) => i.title)

beforeEach(truncateAll)

describe('searchSolutions', () => {
  beforeEach(async () => {
    await solution({
      title: 'Cool roofs',
      summary: 'Reflective roofs cut indoor heat',
      hazards: ['EXTREME_HEAT'],
      sectors: ['BUILDINGS'],
    })
    await solution({
      title: 'Street trees',
      summary: 'Shade and stormwater',
      hazards: ['EXTREME_HEAT', 'FLOODING_FLASH'],
      sectors: ['LAND_USE'],
      costBand: 'MEDIUM',
    })
    await solution({
      title: 'Microgrids',
      summary: 'Solar and storage for shelters',
      hazards: ['ENERGY_SHOCK'],
      sectors: ['ENERGY'],
      costBand: 'HIGH',
    })
    await solution({
      title: 'Heat draft',
      summary: 'Roofs not yet published',
      hazards: ['EXTREME_HEAT'],
      status: 'DRAFT',
    })
  })

  test('lists published solutions only, by title', async () => {
    const result = await searchSolutions()
    expect(result.total).toBe(3)
    expect(titles(result)).toEqual(['Cool roofs', 'Microgrids', 'Street trees'])
  })

  test('requires every word, ignoring case and accents', async () => {
    expect(titles(await searchSolutions({ q: 'RÓOFS heat' }))).toEqual(['Cool roofs'])
    expect(titles(await searchSolutions({ q: 'roofs storage' }))).toEqual([])
    expect(titles(await searchSolutions({ q: 'shade' }))).toEqual(['Street trees'])
  })

  test('filters by hazard, sector and cost band together', async () => {
    expect(titles(await searchSolutions({ hazard: 'EXTREME_HEAT' }))).toEqual(['Cool roofs', 'Street trees'])
    expect(titles(await searchSolutions({ hazard: 'EXTREME_HEAT', cost: 'MEDIUM' }))).toEqual([
      'Street trees',
    ])
    expect(titles(await searchSolutions({ sector: 'ENERGY' }))).toEqual(['Microgrids'])
    expect((await searchSolutions({ hazard: 'DROUGHT' })).total).toBe(0)
  })
})

describe('getPublishedSolution', () => {
  test('returns the solution with member implementations and up to four related solutions', async () => {
    const member = await db.municipality.create({
      data: { slug: uniqueSlug('place'), name: 'Tucson', searchName: 'tucson', state: 'AZ', isMember: true },
    })
    const reference = await db.municipality.create({
      data: {
        slug: uniqueSlug('place'),
        name: 'Nowhere',
        searchName: 'nowhere',
        state: 'AZ',
        isMember: false,
      },
    })
    const main = await solution({
      title: 'Cool roofs',
      hazards: ['EXTREME_HEAT'],
      sectors: ['BUILDINGS'],
      implementedBy: [member.id, reference.id],
    })
    await solution({ title: 'Both shared', hazards: ['EXTREME_HEAT'], sectors: ['BUILDINGS'] })
    for (const t of ['Heat A', 'Heat B', 'Heat C', 'Heat D'])
      await solution({ title: t, hazards: ['EXTREME_HEAT'] })
    await solution({ title: 'Unrelated', hazards: ['DROUGHT'], sectors: ['WATER'] })
    await solution({ title: 'Related draft', hazards: ['EXTREME_HEAT'], status: 'DRAFT' })

    const detail = await getPublishedSolution({ slug: main.slug })
    expect(detail?.implementations).toEqual([
      { slug: member.slug, name: 'Tucson', state: 'AZ', year: 2021, note: null, willingToTalk: false },
    ])
    expect(detail?.related.map((r) => r.title)).toEqual(['Both shared', 'Heat A', 'Heat B', 'Heat C'])
  })

  test('is null for drafts and unknown slugs', async () => {
    const draft = await solution({ title: 'Draft', status: 'DRAFT' })
    expect(await getPublishedSolution({ slug: draft.slug })).toBeNull()
    expect(await getPublishedSolution({ slug: 'no-such-solution' })).toBeNull()
  })
})
