import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { truncateAll } from '../../helpers/db'
import { searchMembers } from '@/server/municipalities/search-members'
import { parseDirectoryQuery } from '@/schemas/directory'
import { directoryCampaigns, place } from './fixtures'

const names = (r: { items: { name: string; state: string }[] }) => r.items.map((i) => `${i.name}, ${i.state}`)

beforeAll(async () => {
  await truncateAll()
  const { rc4a, com } = await directoryCampaigns()
  await place({
    name: 'Cañon City',
    state: 'CO',
    population: 9_999,
    stage: 'COMMITMENT',
    pledges: [{ campaign: com }],
  })
  await place({ name: 'Española', state: 'NM', population: 10_000, memberSince: new Date('2012-05-01') })
  await place({
    name: 'Springfield',
    state: 'IL',
    population: 114_000,
    stage: 'TARGET',
    overdue: true,
    memberSince: new Date('2016-03-01'),
    pledges: [{ campaign: rc4a }, { campaign: com }],
  })
  await place({
    name: 'Springfield',
    state: 'MA',
    population: 250_000,
    pledges: [{ campaign: rc4a, status: 'PENDING_REVIEW' }],
  })
  await place({ name: 'West Springfield', state: 'MA', population: 49_999, pledges: [{ campaign: rc4a }] })
  await place({
    name: 'Springdale',
    state: 'AR',
    population: null,
    stage: 'TARGET',
    pledges: [{ campaign: com, status: 'WITHDRAWN' }],
  })
  await place({ name: 'Springville', state: 'UT', isMember: false })
  await place({ name: 'Cold Spring', state: 'MN', population: 5_000 })
  // 27 names starting "Oak" and 3 containing it later: more than one page either way.
  for (let i = 0; i < 27; i++)
    await place({ name: `Oakton ${String(i).padStart(2, '0')}`, state: 'OH', population: 1_000 + i })
  for (const name of ['Big Oak', 'Cloak Hollow', 'Red Oak'])
    await place({ name, state: 'IA', population: 5_000 })
})

afterAll(truncateAll)

describe('searching by name', () => {
  test('ignores case and accents in both the query and the stored name', async () => {
    expect(names(await searchMembers({ q: 'CANON' }))).toEqual(['Cañon City, CO'])
    expect(names(await searchMembers({ q: 'cañon' }))).toEqual(['Cañon City, CO'])
    expect(names(await searchMembers({ q: 'ESPAÑOLA' }))).toEqual(['Española, NM'])
  })

  test('lists names that start with the term before names that only contain it', async () => {
    const r = await searchMembers({ q: 'spring' })
    expect(names(r)).toEqual([
      'Springdale, AR',
      'Springfield, IL',
      'Springfield, MA',
      'Cold Spring, MN',
      'West Springfield, MA',
    ])
    expect(r.total).toBe(5)
  })

  test('finds a term in the middle of a name', async () => {
    expect(names(await searchMembers({ q: 'field' }))).toEqual([
      'Springfield, IL',
      'Springfield, MA',
      'West Springfield, MA',
    ])
  })

  test('never lists places that are not members', async () => {
    const r = await searchMembers({ q: 'springville' })
    expect(r).toMatchObject({ total: 0, items: [] })
  })

  test('pages across the prefix and substring matches without losing or repeating a name', async () => {
    const first = await searchMembers({ q: 'oak' })
    const second = await searchMembers({ q: 'oak', page: 2 })
    expect(first.total).toBe(30)
    expect(first.items).toHaveLength(25)
    expect(names(second)).toEqual([
      'Oakton 25, OH',
      'Oakton 26, OH',
      'Big Oak, IA',
      'Cloak Hollow, IA',
      'Red Oak, IA',
    ])
  })
})

describe('filters', () => {
  test('state', async () => {
    expect(names(await searchMembers({ state: 'MA' }))).toEqual(['Springfield, MA', 'West Springfield, MA'])
  })

  test('campaign counts only approved pledges', async () => {
    expect(names(await searchMembers({ campaign: 'rc4a' }))).toEqual([
      'Springfield, IL',
      'West Springfield, MA',
    ])
    expect(names(await searchMembers({ campaign: 'compact-of-mayors' }))).toEqual([
      'Cañon City, CO',
      'Springfield, IL',
    ])
  })

  test('population bands include their lower bound and exclude their upper bound', async () => {
    const band = async (population: 'lt10k' | '10k-50k' | '50k-250k' | 'gt250k', q = '') =>
      names(await searchMembers({ population, q }))
    expect(await band('lt10k', 'c')).toEqual(['Cañon City, CO', 'Cloak Hollow, IA', 'Cold Spring, MN'])
    expect(await band('10k-50k')).toEqual(['Española, NM', 'West Springfield, MA'])
    expect(await band('50k-250k')).toEqual(['Springfield, IL'])
    expect(await band('gt250k')).toEqual(['Springfield, MA'])
  })

  test('compliance stage and overdue, combined with a name', async () => {
    expect(names(await searchMembers({ stage: 'TARGET' }))).toEqual(['Springdale, AR', 'Springfield, IL'])
    expect(names(await searchMembers({ overdue: true }))).toEqual(['Springfield, IL'])
    expect(names(await searchMembers({ q: 'dale', stage: 'TARGET' }))).toEqual(['Springdale, AR'])
    expect((await searchMembers({ q: 'oak', stage: 'TARGET' })).total).toBe(0)
  })
})

describe('sorting and paging', () => {
  test('by population, largest first by default, smallest first on request, unknown last', async () => {
    const desc = await searchMembers({ sort: 'population' })
    expect(names(desc).slice(0, 3)).toEqual(['Springfield, MA', 'Springfield, IL', 'West Springfield, MA'])
    const asc = await searchMembers({ sort: 'population', dir: 'asc' })
    expect(names(asc)[0]).toBe('Oakton 00, OH')
    const last = await searchMembers({ sort: 'population', dir: 'asc', page: 2 })
    expect(names(last).at(-1)).toBe('Springdale, AR')
  })

  test('by membership date, newest first by default, oldest first on request', async () => {
    expect(names(await searchMembers({ sort: 'joined' }))[0]).toBe('Springfield, IL')
    expect(names(await searchMembers({ sort: 'joined', page: 2 })).at(-1)).toBe('Española, NM')
    expect(names(await searchMembers({ sort: 'joined', dir: 'asc' }))[0]).toBe('Española, NM')
  })

  test('by name, Z to A on request', async () => {
    expect(names(await searchMembers({ q: 'spring', dir: 'desc' }))).toEqual([
      'West Springfield, MA',
      'Springfield, MA',
      'Springfield, IL',
      'Springdale, AR',
      'Cold Spring, MN',
    ])
  })

  test('25 a page; the total counts every match; a page past the end is empty', async () => {
    const one = await searchMembers({})
    const two = await searchMembers({ page: 2 })
    expect(one.total).toBe(37)
    expect(one).toMatchObject({ page: 1, pageSize: 25 })
    expect(one.items).toHaveLength(25)
    expect(two.items).toHaveLength(12)
    expect(new Set([...names(one), ...names(two)]).size).toBe(37)
    expect((await searchMembers({ page: 3 })).items).toEqual([])
  })

  test('items carry what the directory shows, with an ISO date and approved campaigns in order', async () => {
    const [item] = (await searchMembers({ q: 'springfield', state: 'IL' })).items
    expect(item).toEqual({
      slug: 'springfield-il',
      name: 'Springfield',
      state: 'IL',
      population: 114_000,
      memberSince: '2016-03-01T00:00:00.000Z',
      campaigns: ['rc4a', 'compact-of-mayors'],
      complianceStage: 'TARGET',
      complianceOverdue: true,
    })
  })
})

describe('parsing the URL', () => {
  test('bad values fall back to defaults instead of failing', () => {
    const q = parseDirectoryQuery({
      q: ['  oak  ', 'x'],
      state: 'Ohio',
      campaign: 'nope',
      population: 'huge',
      stage: 'DONE',
      overdue: 'maybe',
      sort: 'size',
      dir: 'up',
      page: '-4',
    })
    expect(q).toEqual({
      q: 'oak',
      state: undefined,
      campaign: undefined,
      population: undefined,
      stage: undefined,
      overdue: false,
      sort: 'name',
      dir: undefined,
      page: 1,
    })
  })

  test('good values are kept', () => {
    const q = parseDirectoryQuery(
      new URLSearchParams(
        'q=Cañon&state=co&campaign=rc4a&population=lt10k&stage=TARGET&overdue=1&sort=joined&dir=asc&page=3',
      ),
    )
    expect(q).toEqual({
      q: 'Cañon',
      state: 'CO',
      campaign: 'rc4a',
      population: 'lt10k',
      stage: 'TARGET',
      overdue: true,
      sort: 'joined',
      dir: 'asc',
      page: 3,
    })
  })
})
