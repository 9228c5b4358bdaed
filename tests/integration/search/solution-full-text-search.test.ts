// The Solutions Gateway's words search is the database's own full-text search (SQLite FTS5 with the porter
// tokenizer, PostgreSQL's english tsvector): it finds the words a card shows (hazard and sector labels)
// and their other forms (flood, flooding), ranks title matches first, and follows every write at once.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { db, databaseProvider, truncateAll, uniqueSlug } from '../../helpers/db'
import { editorUser } from '../content/fixtures'
import { solutionSearchText } from '@/lib/domain/solution-search-text'
import { matchSolutions } from '@/server/search/match-solutions'
import { searchSolutions } from '@/server/solutions/search-solutions'
import { saveSolution } from '@/server/solutions/save-solution'
import { setSolutionStatus } from '@/server/solutions/set-solution-status'

type Seed = { title: string; summary?: string; body?: string; hazards?: string[]; sectors?: string[] }

async function published(s: Seed) {
  const fields = {
    title: s.title,
    summary: s.summary ?? 'A way to prepare.',
    body: s.body ?? 'Start small and measure.',
    hazards: s.hazards ?? [],
    sectors: s.sectors ?? [],
  }
  return db.solution.create({
    data: {
      slug: uniqueSlug('solution'),
      title: fields.title,
      summary: fields.summary,
      body: fields.body,
      searchText: solutionSearchText(fields),
      costBand: 'LOW',
      coBenefits: 'Jobs',
      status: 'PUBLISHED',
      publishedAt: new Date(),
      hazards: { create: fields.hazards.map((hazard) => ({ hazard })) },
      sectors: { create: fields.sectors.map((sector) => ({ sector })) },
    },
  })
}

const titles = (r: { items: { title: string }[] }) => r.items.map((i) => i.title)
const sorted = (xs: string[]) => xs.toSorted()

let editor: { id: string }

beforeAll(async () => {
  await truncateAll()
  editor = await editorUser()
})
afterAll(truncateAll)

describe(`full-text search of solutions on ${databaseProvider()}`, () => {
  beforeEach(async () => {
    await db.solution.deleteMany()
    // Tagged with a flooding hazard, no flood word in its own text.
    await published({
      title: 'Rain gardens',
      summary: 'Planted hollows soak up storm runoff.',
      hazards: ['FLOODING_FLASH'],
    })
    // Says "floods" in its text, tagged with nothing.
    await published({ title: 'Elevated homes', body: 'Raising houses above the floods of the last century.' })
    // "Flood" in the title: the best match.
    await published({ title: 'Flood buyouts', summary: 'Buying out homes that flood again and again.' })
    await published({ title: 'Coastal dunes', hazards: ['COASTAL_FLOODING'], sectors: ['LAND_USE'] })
    await published({
      title: 'Cool roofs',
      summary: 'Reflective roofs cut indoor heat.',
      hazards: ['EXTREME_HEAT'],
    })
    await published({ title: 'Fuel breaks', hazards: ['WILDFIRE'], sectors: ['EMERGENCY_MANAGEMENT'] })
  })

  test('"flooding" finds solutions tagged with a flooding hazard or saying "flood" in any form', async () => {
    const result = await searchSolutions({ q: 'flooding' })
    expect(sorted(titles(result))).toEqual([
      'Coastal dunes',
      'Elevated homes',
      'Flood buyouts',
      'Rain gardens',
    ])
    expect(result.total).toBe(4)
    expect(sorted(titles(await searchSolutions({ q: 'flood' })))).toEqual(sorted(titles(result)))
  })

  test('hazard and sector labels are searchable words, as the cards show them', async () => {
    expect(titles(await searchSolutions({ q: 'wildfire' }))).toEqual(['Fuel breaks'])
    expect(titles(await searchSolutions({ q: 'heat' }))).toEqual(['Cool roofs'])
    expect(titles(await searchSolutions({ q: 'emergency management' }))).toEqual(['Fuel breaks'])
    expect(titles(await searchSolutions({ q: 'sea level rise' }))).toEqual(['Coastal dunes'])
  })

  test('ranks a match in the title above a match in the text', async () => {
    const result = await searchSolutions({ q: 'flooding' })
    expect(result.items[0]?.title).toBe('Flood buyouts')
    const ranks = await matchSolutions({ q: 'flooding' })
    expect(ranks.map((r) => r.rank)).toEqual(ranks.map((r) => r.rank).toSorted((a, b) => b - a))
  })

  test('every word must match, filters still narrow, and query syntax is plain words', async () => {
    expect(titles(await searchSolutions({ q: 'flooding homes' })).toSorted()).toEqual([
      'Elevated homes',
      'Flood buyouts',
    ])
    expect(titles(await searchSolutions({ q: 'flooding', hazard: 'COASTAL_FLOODING' }))).toEqual([
      'Coastal dunes',
    ])
    expect(titles(await searchSolutions({ q: 'flooding', sector: 'LAND_USE' }))).toEqual(['Coastal dunes'])
    // FTS5 and tsquery operators are words here, never syntax errors.
    expect((await searchSolutions({ q: 'flood OR NOT heat* "NEAR(' })).total).toBe(0)
    expect((await searchSolutions({ q: '"' })).total).toBe(6)
    expect((await searchSolutions({ q: 'the and of' })).total).toBe(6)
  })

  test('an edit is searchable in its own transaction, and gone with a rollback', async () => {
    const s = await published({ title: 'Shade trees', summary: 'Trees along streets.' })
    await expect(
      db.$transaction(async (tx) => {
        await tx.solution.update({
          where: { id: s.id },
          data: {
            searchText: solutionSearchText({
              title: 'Shade trees',
              summary: 'Trees slow floods.',
              body: '',
              hazards: [],
              sectors: [],
            }),
          },
        })
        // The same transaction already finds the new words.
        expect((await matchSolutions({ q: 'flooding', client: tx })).map((m) => m.id)).toContain(s.id)
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect((await matchSolutions({ q: 'flooding' })).map((m) => m.id)).not.toContain(s.id)
  })

  test('saving, unpublishing and deleting are reflected by the next search', async () => {
    const input = {
      title: 'Green alleys',
      summary: 'Permeable paving in back lanes.',
      body: 'Water soaks in.',
      costBand: 'LOW' as const,
      coBenefits: 'Cooler lanes.',
      hazards: [] as string[],
      sectors: ['WATER'],
    }
    const { id } = await saveSolution({ input, editor })
    await setSolutionStatus({ id, status: 'PUBLISHED', editor })
    expect(titles(await searchSolutions({ q: 'flooding' }))).not.toContain('Green alleys')

    await saveSolution({ id, input: { ...input, hazards: ['FLOODING_FLASH'] }, editor })
    expect(titles(await searchSolutions({ q: 'flooding' }))).toContain('Green alleys')

    await saveSolution({
      id,
      input: { ...input, title: 'Permeable lanes', hazards: ['FLOODING_FLASH'] },
      editor,
    })
    expect(titles(await searchSolutions({ q: 'alleys' }))).toEqual([])
    expect(titles(await searchSolutions({ q: 'lanes flooding' }))).toEqual(['Permeable lanes'])

    await setSolutionStatus({ id, status: 'DRAFT', editor })
    expect(titles(await searchSolutions({ q: 'lanes flooding' }))).toEqual([])

    await setSolutionStatus({ id, status: 'PUBLISHED', editor })
    expect(titles(await searchSolutions({ q: 'lanes flooding' }))).toEqual(['Permeable lanes'])
    await db.solution.delete({ where: { id } })
    expect(titles(await searchSolutions({ q: 'lanes flooding' }))).toEqual([])
    if (databaseProvider() === 'sqlite') {
      // The index row went with the solution (trigger), not only out of the results.
      const rows = await db.$queryRaw<
        { n: number }[]
      >`SELECT count(*) AS n FROM "SolutionSearch" WHERE "solutionId" = ${id}`
      expect(Number(rows[0]?.n)).toBe(0)
    }
  })
})
