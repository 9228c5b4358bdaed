// The guides and tools library's public side: the same full-text search as the Solutions Gateway (stemmed,
// ranked, on both databases), its filters and pages, the city journey's stage lists, and members-only
// entries whose content never reaches an anonymous visitor through the search, the cached page data or the
// file download.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, databaseProvider, truncateAll } from '../../helpers/db'
import { draftGuide, membersOnlyGuide, publishedGuide, resource } from './fixtures'
import { municipalityWithOfficials } from '../portal/fixtures'
import { confirmedOfficial } from '../../fixtures/factories'
import { matchResources } from '@/server/search/match-resources'
import { searchResources } from '@/server/resources/search-resources'
import { getPublishedResource } from '@/server/resources/get-published-resource'
import { readMembersResource } from '@/server/resources/read-members-resource'
import { getResourceDownload } from '@/server/resources/get-resource-download'
import { listStageResources } from '@/server/resources/list-stage-resources'
import { GET as download } from '@/app/resources/[slug]/download/route'

const titles = (r: { items: { title: string }[] }) => r.items.map((i) => i.title)
const sorted = (xs: string[]) => xs.toSorted()

// A word that appears only in the members-only guide's body.
const SECRET = 'quintessentialsecretword'
const CSV = new TextEncoder().encode('sector,scope,tco2e\nEnergy,1,0\n')
const PDF_BYTES = new TextEncoder().encode(`%PDF-1.4 members ${SECRET}`)

type Made =
  'rain' | 'elevate' | 'buyouts' | 'inventory' | 'template' | 'tool' | 'secret' | 'secretFile' | 'draft'
let slugs: Record<Made, string>

beforeAll(truncateAll)
afterAll(truncateAll)

beforeEach(async () => {
  signInAs(null)
  await db.resource.deleteMany()
  await db.upload.deleteMany()
  const made = {
    // Tagged with a flooding topic, no flood word in its own text.
    rain: await publishedGuide({
      title: 'Rain gardens for small towns',
      summary: 'Planted hollows soak up storm runoff.',
      topics: ['FLOODING_FLASH'],
      stages: ['ACTION_PLANS'],
    }),
    // Says "floods" in its body, tagged with nothing.
    elevate: await publishedGuide({
      title: 'Raising homes',
      body: 'Raising houses above the floods of the last century.',
      stages: ['ACTION_PLANS'],
    }),
    // "Flood" in the title: the best match.
    buyouts: await publishedGuide({
      title: 'Flood buyouts',
      summary: 'Buying out homes that flood again and again.',
      stages: ['ACTION_PLANS', 'TARGET'],
      audience: 'ELECTED_OFFICIALS',
    }),
    inventory: await publishedGuide({
      title: 'Your first greenhouse gas inventory',
      summary: 'Compiling an inventory with the data a small city has.',
      topics: ['ENERGY'],
      stages: ['INVENTORY'],
      ownerName: 'Dana Whitfield',
    }),
    template: await resource({
      title: 'Inventory data template',
      summary: 'A spreadsheet to collect energy and fuel data.',
      topics: ['ENERGY'],
      stages: ['INVENTORY'],
      file: { filename: 'inventory template.csv', contentType: 'text/csv', bytes: CSV },
    }),
    tool: await resource({
      title: 'Emissions inventory tool',
      summary: 'A free public tool for local inventories.',
      topics: ['ENERGY'],
      stages: ['INVENTORY'],
      url: 'https://tool.example.gov/inventory',
    }),
    secret: await membersOnlyGuide({
      title: 'Negotiating utility data agreements',
      summary: 'How members got utilities to share energy data.',
      body: `Call the account manager first. ${SECRET}.`,
      topics: ['ENERGY'],
      stages: ['INVENTORY'],
    }),
    secretFile: await resource({
      title: 'Council briefing pack',
      summary: 'Slides members use to brief their council.',
      stages: ['COMMITMENT'],
      membersOnly: true,
      file: { filename: 'briefing.pdf', contentType: 'application/pdf', bytes: PDF_BYTES },
    }),
    draft: await draftGuide({ title: 'Flood maps draft', stages: ['INVENTORY'] }),
  }
  slugs = Object.fromEntries(Object.entries(made).map(([k, v]) => [k, v.slug])) as Record<Made, string>
})

describe(`the library's search on ${databaseProvider()}`, () => {
  test('"flooding" finds entries tagged with a flooding topic or saying "flood" in any form, title match first', async () => {
    const result = await searchResources({ q: 'flooding' })
    expect(sorted(titles(result))).toEqual(['Flood buyouts', 'Rain gardens for small towns', 'Raising homes'])
    expect(titles(result)[0]).toBe('Flood buyouts')
    expect(result.total).toBe(3)
  })

  test('every word must match, in any form; drafts are never found', async () => {
    expect(titles(await searchResources({ q: 'inventories energy' }))).toContain(
      'Your first greenhouse gas inventory',
    )
    expect(titles(await searchResources({ q: 'flood maps' }))).toEqual([])
    expect(await searchResources({ q: 'zzzunknownword' })).toMatchObject({ total: 0, items: [] })
  })

  test('topic, stage and kind filter the list, with or without words', async () => {
    expect(sorted(titles(await searchResources({ stage: 'INVENTORY' })))).toEqual([
      'Emissions inventory tool',
      'Inventory data template',
      'Negotiating utility data agreements',
      'Your first greenhouse gas inventory',
    ])
    expect(titles(await searchResources({ stage: 'TARGET' }))).toEqual(['Flood buyouts'])
    expect(titles(await searchResources({ topic: 'FLOODING_FLASH' }))).toEqual([
      'Rain gardens for small towns',
    ])
    expect(titles(await searchResources({ kind: 'FILE' }))).toEqual([
      'Council briefing pack',
      'Inventory data template',
    ])
    expect(titles(await searchResources({ kind: 'LINK', q: 'inventory' }))).toEqual([
      'Emissions inventory tool',
    ])
    expect(titles(await searchResources({ q: 'flood', stage: 'TARGET' }))).toEqual(['Flood buyouts'])
  })

  test('cards carry kind, audience, stages, topics and the members-only marker', async () => {
    const { items } = await searchResources({ q: 'buyouts' })
    expect(items).toEqual([
      {
        slug: slugs.buyouts,
        title: 'Flood buyouts',
        summary: 'Buying out homes that flood again and again.',
        kind: 'GUIDE',
        audience: 'ELECTED_OFFICIALS',
        membersOnly: false,
        stages: ['TARGET', 'ACTION_PLANS'],
        topics: [],
      },
    ])
    const members = (await searchResources({ q: 'utility' })).items
    expect(members.map((i) => [i.title, i.membersOnly])).toEqual([
      ['Negotiating utility data agreements', true],
    ])
  })

  test('pages of twenty, by title without words', async () => {
    for (let i = 0; i < 15; i++) await publishedGuide({ title: `Zoning note ${String(i).padStart(2, '0')}` })
    const first = await searchResources({})
    const second = await searchResources({ page: 2 })
    expect(first.total).toBe(23)
    expect(first.items).toHaveLength(20)
    expect(second.items.map((i) => i.title)).toEqual(['Zoning note 12', 'Zoning note 13', 'Zoning note 14'])
  })

  test('a search follows a write at once (the index is kept by the database)', async () => {
    await db.resource.update({ where: { slug: slugs.rain }, data: { status: 'DRAFT' } })
    expect(titles(await searchResources({ q: 'flooding' }))).not.toContain('Rain gardens for small towns')
    const matches = await matchResources({ q: 'rain gardens' })
    expect(matches).toEqual([])
  })
})

describe(`members-only entries on ${databaseProvider()}`, () => {
  test('a word only in a members-only body finds nothing, and no card carries a body', async () => {
    expect((await searchResources({ q: SECRET })).total).toBe(0)
    const all = await searchResources({})
    expect(JSON.stringify(all)).not.toContain(SECRET)
    for (const item of all.items) expect(Object.keys(item)).not.toContain('body')
  })

  test('the cached page data holds title and summary only; open entries hold their content', async () => {
    const members = await getPublishedResource({ slug: slugs.secret })
    expect(members).toMatchObject({
      title: 'Negotiating utility data agreements',
      membersOnly: true,
      content: null,
    })
    expect(JSON.stringify(members)).not.toContain(SECRET)
    const file = await getPublishedResource({ slug: slugs.secretFile })
    expect(file?.content).toBeNull()
    expect(JSON.stringify(file)).not.toContain('briefing.pdf')

    const open = await getPublishedResource({ slug: slugs.inventory })
    expect(open).toMatchObject({
      ownerName: 'Dana Whitfield',
      content: { body: 'Start with the data you have.' },
    })
    const template = await getPublishedResource({ slug: slugs.template })
    expect(template?.content?.file).toEqual({
      filename: 'inventory template.csv',
      contentType: 'text/csv',
      size: CSV.byteLength,
    })
    expect((await getPublishedResource({ slug: slugs.tool }))?.content?.url).toBe(
      'https://tool.example.gov/inventory',
    )
    expect(await getPublishedResource({ slug: slugs.draft })).toBeNull()
  })

  test('an anonymous visitor is told to sign in; a signed-in official or staff member reads it', async () => {
    expect(await readMembersResource({ slug: slugs.secret })).toEqual({ access: 'signed-out' })
    signInAs((await confirmedOfficial(db)).official)
    const read = await readMembersResource({ slug: slugs.secret })
    expect(read.access === 'granted' && read.content.body).toContain(SECRET)
    await signInAs('EDITOR')
    expect((await readMembersResource({ slug: slugs.secret })).access).toBe('granted')
    expect((await readMembersResource({ slug: slugs.draft })).access).toBe('not-found')
  })

  test('an account whose official link is not confirmed yet reads nothing, file or text', async () => {
    const { unconfirmed } = await municipalityWithOfficials()
    signInAs(unconfirmed)
    expect(await readMembersResource({ slug: slugs.secret })).toEqual({ access: 'not-member' })
    expect(await getResourceDownload({ slug: slugs.secretFile })).toBeNull()
    // Confirmed by the municipality: the same account reads both, without signing in again.
    await db.municipalityOfficial.updateMany({ where: { userId: unconfirmed.id }, data: { confirmed: true } })
    expect((await readMembersResource({ slug: slugs.secret })).access).toBe('granted')
    expect(await getResourceDownload({ slug: slugs.secretFile })).not.toBeNull()
  })

  test('a deactivated account reads nothing', async () => {
    const { official } = await confirmedOfficial(db)
    signInAs(official)
    await db.user.update({ where: { id: official.id }, data: { active: false } })
    expect(await readMembersResource({ slug: slugs.secret })).toEqual({ access: 'signed-out' })
    expect(await getResourceDownload({ slug: slugs.secretFile })).toBeNull()
  })

  test('the download route: 404 and no bytes for an anonymous visitor of a members-only file', async () => {
    const get = (slug: string) =>
      download(new Request(`http://localhost/resources/${slug}/download`), {
        params: Promise.resolve({ slug }),
      })
    const refused = await get(slugs.secretFile)
    expect(refused.status).toBe(404)
    expect(await refused.text()).not.toContain(SECRET)

    signInAs((await confirmedOfficial(db)).official)
    const granted = await get(slugs.secretFile)
    expect(granted.status).toBe(200)
    expect(new Uint8Array(await granted.arrayBuffer())).toEqual(PDF_BYTES)
    expect(granted.headers.get('content-type')).toBe('application/pdf')
    expect(granted.headers.get('cache-control')).toBe('private, no-store')
    expect(granted.headers.get('content-disposition')).toBe(
      `attachment; filename="briefing.pdf"; filename*=UTF-8''briefing.pdf`,
    )
    expect(granted.headers.get('x-content-type-options')).toBe('nosniff')
  })

  test('the download route: an open file for anyone, with a safe name; no file for a guide or an unknown slug', async () => {
    const get = (slug: string) =>
      download(new Request(`http://localhost/resources/${slug}/download`), {
        params: Promise.resolve({ slug }),
      })
    const open = await get(slugs.template)
    expect(open.status).toBe(200)
    expect(open.headers.get('content-type')).toBe('text/csv')
    expect(open.headers.get('content-disposition')).toBe(
      `attachment; filename="inventory template.csv"; filename*=UTF-8''inventory%20template.csv`,
    )
    expect(new Uint8Array(await open.arrayBuffer())).toEqual(CSV)
    expect((await get(slugs.inventory)).status).toBe(404)
    expect((await get('no-such-guide')).status).toBe(404)
    expect((await get('../etc')).status).toBe(404)
  })
})

describe(`the city journey's guides on ${databaseProvider()}`, () => {
  test('up to three published entries per stage: guides first, those for this stage alone first, then by title; drafts left out', async () => {
    const stages = await listStageResources()
    // The inventory's own guides before its download; its external tool is one link away.
    expect(stages.INVENTORY.map((r) => r.title)).toEqual([
      'Negotiating utility data agreements',
      'Your first greenhouse gas inventory',
      'Inventory data template',
    ])
    expect(stages.INVENTORY[0]?.membersOnly).toBe(true)
    expect(stages.COMMITMENT.map((r) => r.title)).toEqual(['Council briefing pack'])
    expect(stages.TARGET.map((r) => r.title)).toEqual(['Flood buyouts'])
    // A guide for action plans alone before one that also serves the target.
    expect(stages.ACTION_PLANS.map((r) => r.title)).toEqual([
      'Rain gardens for small towns',
      'Raising homes',
      'Flood buyouts',
    ])
  })
})
