// The site search (the header's box, /search?q=…): one query over members, solutions, guides, content pages
// and events, grouped by kind, on both databases; drafts, home-page blocks and members-only text are not found.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { memberMunicipality, publishedSolution, referencePlace } from '../../fixtures/factories'
import { resource } from '../resources/fixtures'
import { publishedEvent } from '../events/fixtures'
import { searchSite, SITE_SEARCH_SHOWN } from '@/server/search/search-site'
import { invalidateContent } from '@/server/cache-tags'

beforeAll(truncateAll)
afterAll(truncateAll)
beforeEach(resetExpiredTags)

const titles = <T extends { title: string }>(g: { items: T[] }) => g.items.map((i) => i.title)

describe('searching the whole site', () => {
  it('finds each kind by its words, stemmed where the database indexes them, grouped with counts', async () => {
    await memberMunicipality(db, { name: 'Floodwater Springs' })
    await referencePlace(db, { name: 'Floodgate Junction' }) // not a member: not in the directory
    await publishedSolution(db, {
      title: 'Flood buyouts that residents support',
      searchText: 'flood buyouts',
    })
    await resource({ title: 'Planning for floods', summary: 'Zoning for the floodplain.' })
    await resource({ title: 'Flooding and the members', membersOnly: true, body: 'quixoticsecret' })
    await resource({ title: 'Draft flood guide', status: 'DRAFT' })
    await db.contentPage.create({
      data: {
        slug: `flood-page-${Date.now()}`,
        title: 'How we help after a flood',
        body: 'After floods.',
        status: 'PUBLISHED',
      },
    })
    await db.contentPage.create({
      data: {
        slug: 'home/flood-block',
        title: 'A flood block of the home page',
        body: 'Flood.',
        status: 'PUBLISHED',
      },
    })
    await db.contentPage.create({
      data: { slug: `flood-draft-${Date.now()}`, title: 'Flood draft', body: 'Flood.', status: 'DRAFT' },
    })
    await publishedEvent({ title: 'Flood recovery webinar' })
    await publishedEvent({ title: 'Flood summit (draft)', status: 'DRAFT' })

    const found = (await searchSite({ q: 'flood' }))!
    expect(found.members.items.map((m) => m.name)).toEqual(['Floodwater Springs'])
    expect(found.members.total).toBe(1)
    expect(titles(found.solutions)).toEqual(['Flood buyouts that residents support'])
    // "flood" finds "floods" and "Flooding" (stemmed); the draft is not found; the members-only entry is, by its
    // title, never by its text.
    expect(titles(found.resources).toSorted()).toEqual(['Flooding and the members', 'Planning for floods'])
    expect((await searchSite({ q: 'quixoticsecret' }))!.resources.total).toBe(0)
    expect(titles(found.pages)).toEqual(['How we help after a flood'])
    expect(found.pages.items[0]!.path).toMatch(/^\/flood-page-/)
    expect(titles(found.events)).toEqual(['Flood recovery webinar'])
    expect(found.events.items[0]!.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('needs every word; an empty or stop-word-only query finds nothing', async () => {
    expect(await searchSite({ q: '' })).toBeNull()
    expect(await searchSite({ q: '  the  ' })).toBeNull()
    const both = (await searchSite({ q: 'flood recovery' }))!
    expect(titles(both.events)).toEqual(['Flood recovery webinar'])
    expect(titles(both.pages)).toEqual([])
  })

  it(`shows ${SITE_SEARCH_SHOWN} of each kind and counts them all`, async () => {
    for (let i = 0; i < SITE_SEARCH_SHOWN + 2; i++) await publishedEvent({ title: `Heatwave clinic ${i}` })
    const found = (await searchSite({ q: 'heatwave' }))!
    expect(found.events.total).toBe(SITE_SEARCH_SHOWN + 2)
    expect(found.events.items).toHaveLength(SITE_SEARCH_SHOWN)
  })

  it('a content page published or taken down expires the searches (tag content-pages)', () => {
    invalidateContent('about')
    expect(expiredTags).toContain('content-pages')
  })
})
