// Upgrading an existing database: the seed removes the places now known not to be municipalities, unless
// something refers to them, and fills in the county of places seeded before counties were.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { seedPlaces } from '../../../prisma/seed/places'

const place = (geonameId: number, name: string, state: string, isMember = false) => ({
  id: `gn${geonameId}`,
  geonameId,
  slug: `${name.toLowerCase().replace(/\W+/g, '-')}-${state.toLowerCase()}`,
  name,
  searchName: name.toLowerCase(),
  state,
  isMember,
})

describe('seedPlaces on a database seeded before', () => {
  let log: string[] = []

  beforeAll(async () => {
    await truncateAll()
    await db.municipality.createMany({
      data: [
        place(5144975, 'Woodhaven', 'NY'), // a Queens neighbourhood, nobody refers to it
        place(5145067, 'Woodside', 'NY', true), // a Queens neighbourhood that became a member
        place(10300443, 'Sugarcreek Police Dept', 'OH'),
        place(4887398, 'Chicago', 'IL'), // seeded before counties
      ],
    })
    log = []
    await seedPlaces({ db, log: (l) => void log.push(l) })
  }, 300_000)
  afterAll(() => truncateAll(), 120_000)

  test('removes non-municipalities nobody refers to and keeps members', async () => {
    const ids = (
      await db.municipality.findMany({ where: { state: { in: ['NY', 'OH'] } }, select: { id: true } })
    ).map((m) => m.id)
    expect(ids).not.toContain('gn5144975')
    expect(ids).not.toContain('gn10300443')
    expect(ids).toContain('gn5145067')
    expect(log.join('\n')).toContain('2 non-municipalities removed')
  })

  test('fills in the county of places that had none, and new places come with theirs', async () => {
    expect(
      await db.municipality.findUnique({ where: { id: 'gn4887398' }, select: { county: true } }),
    ).toEqual({
      county: 'Cook County',
    })
    expect(await db.municipality.count({ where: { county: null, isMember: false } })).toBe(0)
    const springfields = await db.municipality.findMany({
      where: { name: 'Springfield', state: { in: ['IL', 'MO'] } },
      select: { state: true, county: true },
      orderBy: { state: 'asc' },
    })
    expect(springfields).toEqual([
      { state: 'IL', county: 'Sangamon County' },
      { state: 'MO', county: 'Greene County' },
    ])
  })
})
