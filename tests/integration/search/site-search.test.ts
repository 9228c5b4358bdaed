// The site search (the header's box, /search?q=…): one query over members, solutions, guides, content pages
// and events, grouped by kind, on both databases; drafts, home-page blocks and members-only text are not found.
// Every kind but members goes through the databases' full-text index (decision 0016): stemmed words, kept in
// step with each save and delete.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { databaseProvider, db, truncateAll, uniqueSlug } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { memberMunicipality, publishedSolution, referencePlace } from '../../fixtures/factories'
import { resource } from '../resources/fixtures'
import { publishedEvent } from '../events/fixtures'
import { editorUser, publishedPage } from '../content/fixtures'
import { contentPageSearchText } from '@/lib/domain/site-search-text'
import { eventSchema } from '@/schemas/events'
import { searchSite, SITE_SEARCH_SHOWN } from '@/server/search/search-site'
import { invalidateContent } from '@/server/cache-tags'
import { saveContentDraft } from '@/server/content/save-content-draft'
import { publishContentPage } from '@/server/content/publish-content-page'
import { unpublishContentPage } from '@/server/content/unpublish-content-page'
import { saveEvent } from '@/server/events/save-event'
import { setEventStatus } from '@/server/events/set-event-status'

let editor: { id: string }
beforeAll(async () => {
  await truncateAll()
  editor = await editorUser()
})
afterAll(truncateAll)
beforeEach(resetExpiredTags)

const titles = <T extends { title: string }>(g: { items: T[] }) => g.items.map((i) => i.title)
const found = async (q: string) => (await searchSite({ q }))!

/** A content page made directly, with the words the app would store. */
const page = (slug: string, title: string, body: string, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') =>
  db.contentPage.create({
    data: { slug, title, body, searchText: contentPageSearchText({ description: null, body }), status },
  })

/** The rows an FTS5 table still holds for an id (SQLite; PostgreSQL's index is part of the row). */
async function indexRows(table: 'ContentPageSearch' | 'EventSearch', key: 'pageId' | 'eventId', id: string) {
  const rows = await db.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*) AS n FROM "${table}" WHERE "${key}" = ?`,
    id,
  )
  return Number(rows[0]?.n)
}

const eventFields = {
  title: 'Neighbourhood evening',
  summary: 'An evening with the fire service.',
  description: 'How three towns breathed through wildfire smoke.',
  type: 'SUMMIT',
  timeZone: 'America/Denver',
  startsAt: '2031-06-10T18:00',
  endsAt: '2031-06-10T21:00',
  registrationDeadline: '2031-06-09T17:00',
  online: '',
  place: 'Boulder Public Library, Boulder, CO',
  capacity: '40',
  audience: 'PUBLIC',
}

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
    await page(uniqueSlug('flood-page'), 'How we help after a flood', 'After floods.')
    await page('home/flood-block', 'A flood block of the home page', 'Flood.')
    await page(uniqueSlug('flood-draft'), 'Flood draft', 'Flood.', 'DRAFT')
    await publishedEvent({ title: 'Flood recovery webinar' })
    await publishedEvent({ title: 'Flood summit (draft)', status: 'DRAFT' })

    const flood = await found('flood')
    expect(flood.members.items.map((m) => m.name)).toEqual(['Floodwater Springs'])
    expect(flood.members.total).toBe(1)
    expect(titles(flood.solutions)).toEqual(['Flood buyouts that residents support'])
    // "flood" finds "floods" and "Flooding" (stemmed); the draft is not found; the members-only entry is, by its
    // title, never by its text.
    expect(titles(flood.resources).toSorted()).toEqual(['Flooding and the members', 'Planning for floods'])
    expect((await found('quixoticsecret')).resources.total).toBe(0)
    expect(titles(flood.pages)).toEqual(['How we help after a flood'])
    expect(flood.pages.items[0]!.path).toMatch(/^\/flood-page-/)
    expect(titles(flood.events)).toEqual(['Flood recovery webinar'])
    expect(flood.events.items[0]!.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('needs every word; an empty or stop-word-only query finds nothing', async () => {
    expect(await searchSite({ q: '' })).toBeNull()
    expect(await searchSite({ q: '  the  ' })).toBeNull()
    const both = await found('flood recovery')
    expect(titles(both.events)).toEqual(['Flood recovery webinar'])
    expect(titles(both.pages)).toEqual([])
  })

  it(`shows ${SITE_SEARCH_SHOWN} of each kind and counts them all`, async () => {
    for (let i = 0; i < SITE_SEARCH_SHOWN + 2; i++) await publishedEvent({ title: `Heatwave clinic ${i}` })
    const heatwave = await found('heatwave')
    expect(heatwave.events.total).toBe(SITE_SEARCH_SHOWN + 2)
    expect(heatwave.events.items).toHaveLength(SITE_SEARCH_SHOWN)
  })

  it('finds a page and an event by another form of a word in their text; a link address is not a word', async () => {
    await page(
      uniqueSlug('rebuilding'),
      'Rebuilding together',
      'After the **floods** of 2024 ([maps](https://riverstagegauge.example.org)) the towns rebuilt.',
    )
    await publishedEvent({ title: 'Harbour talk', description: 'Towns that floods reached twice.' })
    const flooding = await found('flooding')
    expect(titles(flooding.pages)).toContain('Rebuilding together')
    expect(titles(flooding.events)).toContain('Harbour talk')
    expect(titles((await found('towns rebuilt')).pages)).toEqual(['Rebuilding together'])
    expect((await found('riverstagegauge')).pages.total).toBe(0)
    // The type's label and "online" are words of an event too, as its listing shows them.
    expect(titles((await found('harbour webinar online')).events)).toEqual(['Harbour talk'])
  })

  it('a page is found by its published words only, after each publish, and not once taken down or deleted', async () => {
    const { id } = await publishedPage('Shade trees on every street.', 'Street trees')
    expect(titles((await found('shade')).pages)).toEqual(['Street trees'])

    const draft = { title: 'Street trees', description: null, note: null }
    await saveContentDraft({
      pageId: id,
      input: { ...draft, body: 'Cooling heatwaves with canopy.' },
      editor,
    })
    expect((await found('canopy')).pages.total).toBe(0)
    await publishContentPage({ pageId: id, editor })
    expect(titles((await found('canopies')).pages)).toEqual(['Street trees'])
    expect((await found('shade')).pages.total).toBe(0)

    await unpublishContentPage({ pageId: id, editor })
    expect((await found('canopy')).pages.total).toBe(0)
    await publishContentPage({ pageId: id, editor })
    expect(titles((await found('canopy')).pages)).toEqual(['Street trees'])

    await db.contentPage.delete({ where: { id } })
    expect((await found('canopy')).pages.total).toBe(0)
    if (databaseProvider() === 'sqlite') expect(await indexRows('ContentPageSearch', 'pageId', id)).toBe(0)
  })

  it('an event is found once published, by its words as last saved, and not once deleted', async () => {
    const { id } = await saveEvent({ input: eventSchema.parse(eventFields), editor })
    expect((await found('wildfires')).events.total).toBe(0) // a draft
    await setEventStatus({ id, status: 'PUBLISHED', editor })
    expect(titles((await found('wildfires smoke')).events)).toEqual(['Neighbourhood evening'])
    expect(titles((await found('boulder summit')).events)).toEqual(['Neighbourhood evening'])

    await saveEvent({
      id,
      input: eventSchema.parse({ ...eventFields, description: 'Clean air rooms for smoky days.' }),
      editor,
    })
    expect((await found('wildfire')).events.total).toBe(0)
    expect(titles((await found('smoky rooms')).events)).toEqual(['Neighbourhood evening'])

    await setEventStatus({ id, status: 'DRAFT', editor })
    expect((await found('smoky rooms')).events.total).toBe(0)
    await setEventStatus({ id, status: 'PUBLISHED', editor })

    await db.event.delete({ where: { id } })
    expect((await found('smoky rooms')).events.total).toBe(0)
    if (databaseProvider() === 'sqlite') expect(await indexRows('EventSearch', 'eventId', id)).toBe(0)
  })

  it('lists the events found newest first, the pages best match first', async () => {
    const soon = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000)
    const later = new Date(Date.now() + 60 * 24 * 60 * 60 * 1000)
    await publishedEvent({ title: 'Drought clinic', startsAt: soon })
    await publishedEvent({ title: 'Water rights', description: 'Drought planning.', startsAt: later })
    expect(titles((await found('drought')).events)).toEqual(['Water rights', 'Drought clinic'])

    await page(uniqueSlug('drought-b'), 'Rain barrels', 'Keeping water through a drought.')
    await page(uniqueSlug('drought-a'), 'Drought plans', 'What a town does in a drought.')
    expect(titles((await found('drought')).pages)).toEqual(['Drought plans', 'Rain barrels'])
  })

  it('a content page published or taken down expires the searches (tag content-pages)', () => {
    invalidateContent('about')
    expect(expiredTags).toContain('content-pages')
  })
})
