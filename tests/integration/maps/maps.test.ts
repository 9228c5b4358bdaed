// The map routes (issue 18, "Finding things"): the clickable state maps link each state to the directory's view
// of it, with the directory's own count; the locations maps draw a dot for each member (or signatory) with a
// known location; a profile's locator map. Each names the cache tags of the data it shows, so the mutations
// that expire the member data expire it too. Run on SQLite and on PostgreSQL (TEST_DB=postgres).
import { JSDOM } from 'jsdom'
import { beforeEach, describe, expect, test } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { cachedTags } from '../../helpers/next-cache'
import { approvedPledge, memberMunicipality, referencePlace, withdrawnPledge } from '../../fixtures/factories'
import { GET as linkedMembers } from '@/app/maps/links/members.svg/route'
import { GET as linkedRc4a } from '@/app/maps/links/rc4a.svg/route'
import { GET as memberLocations } from '@/app/maps/locations/members.svg/route'
import { GET as rc4aLocations } from '@/app/maps/locations/rc4a.svg/route'
import { GET as locator } from '@/app/members/[slug]/locator.svg/route'
import { parseDirectoryQuery } from '@/schemas/directory'
import { searchMembers } from '@/server/municipalities/search-members'

beforeEach(async () => {
  await truncateAll()
  cachedTags.length = 0
})

async function svgOf(response: Response) {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
  const doc = new new JSDOM('').window.DOMParser().parseFromString(await response.text(), 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

const tagsUsed = () => new Set(cachedTags.flat())

/** How many members the directory lists at an address (what a visitor lands on after a click). */
async function directoryCount(href: string) {
  const query = parseDirectoryQuery(new URL(href, 'http://localhost').searchParams)
  return (await searchMembers(query)).total
}

/** Two members in Colorado (one an RC4A signatory), one in Texas; a non-member and a lapsed signatory. */
async function places() {
  const denver = await memberMunicipality(db, {
    name: 'Denver',
    state: 'CO',
    latitude: 39.74,
    longitude: -104.99,
  })
  await memberMunicipality(db, { name: 'Boulder', state: 'CO', latitude: 40.01, longitude: -105.27 })
  await memberMunicipality(db, { name: 'Austin', state: 'TX', latitude: 30.27, longitude: -97.74 })
  await referencePlace(db, { name: 'Nonmember', state: 'NM', latitude: 35.08, longitude: -106.65 })
  await approvedPledge(db, { campaign: 'rc4a', municipalityId: denver.id })
  const lapsed = await memberMunicipality(db, {
    name: 'Lapsed',
    state: 'UT',
    latitude: 40.76,
    longitude: -111.89,
  })
  await withdrawnPledge(db, { campaign: 'rc4a', municipalityId: lapsed.id })
  return { denver }
}

describe('the clickable state maps (/maps/links/*.svg)', () => {
  test('link each state with members to the directory filtered to it, which lists as many', async () => {
    await places()
    const response = await linkedMembers()
    const tags = tagsUsed() // before the directory's own queries below
    // Framed by the site's own pages only (the home page embeds it), and never scripted.
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
    )
    const doc = await svgOf(response)
    const links = [...doc.getElementsByTagName('a')].map((a) => [
      a.getAttribute('href'),
      a.getAttribute('aria-label'),
    ])
    // The non-member in New Mexico gives it no link; a member whose pledge lapsed is still a member.
    expect(links).toEqual([
      ['/members?state=CO', 'Colorado: 2 members'],
      ['/members?state=TX', 'Texas: 1 member'],
      ['/members?state=UT', 'Utah: 1 member'],
    ])
    for (const a of doc.getElementsByTagName('a')) {
      expect(a.getAttribute('target')).toBe('_top')
      const count = Number(a.getAttribute('aria-label')!.match(/: (\d+) member/)![1])
      expect(await directoryCount(a.getAttribute('href')!)).toBe(count)
    }
    expect(doc.documentElement.getAttribute('role')).toBe('group')
    expect(tags).toEqual(new Set(['network', 'members']))
  })

  test('a campaign’s map links to the directory’s view of its signatories in that state', async () => {
    await places()
    const doc = await svgOf(await linkedRc4a())
    const tags = tagsUsed()
    const links = [...doc.getElementsByTagName('a')]
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['/members?state=CO&campaign=rc4a', 'Colorado: 1 signatory'],
    ])
    expect(await directoryCount(links[0]!.getAttribute('href')!)).toBe(1)
    expect(tags).toContain('campaign:rc4a')
  })
})

describe('the locations maps (/maps/locations/*.svg)', () => {
  const dotCount = (doc: Document) =>
    (
      [...doc.getElementsByTagName('path')]
        .find((p) => p.getAttribute('stroke') === '#2a7f4f')
        ?.getAttribute('d') ?? ''
    ).split('h0').length - 1

  test('draw a dot for each member with a location, tagged with the member data', async () => {
    await places()
    await memberMunicipality(db, { name: 'Nowhere', state: 'KS', latitude: null, longitude: null })
    const response = await memberLocations()
    expect(response.headers.get('x-frame-options')).toBeNull()
    const doc = await svgOf(response)
    expect(dotCount(doc)).toBe(4)
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toBe('4 members in 3 states.')
    expect(doc.documentElement.getAttribute('role')).toBe('img')
    expect(tagsUsed()).toEqual(new Set(['members', 'network']))
  })

  test('a campaign’s map shows its approved signatories only', async () => {
    await places()
    const doc = await svgOf(await rc4aLocations())
    expect(dotCount(doc)).toBe(1)
    expect(doc.getElementsByTagName('desc')[0]!.textContent).toBe('1 signatory in 1 state.')
    expect(doc.getElementsByTagName('title')[0]!.textContent).toMatch(/^Where the .+ signatories are$/)
    expect([...tagsUsed()]).toEqual(expect.arrayContaining(['members', 'campaign:rc4a']))
  })
})

describe('a profile’s locator map (/members/<slug>/locator.svg)', () => {
  const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

  test('is the state with a dot at the place, titled for its alternative text, cached with the profile', async () => {
    const { denver } = await places()
    const doc = await svgOf(await locator(new Request('http://localhost'), params(denver.slug)))
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Location of Denver in Colorado')
    expect(doc.getElementsByTagName('circle')).toHaveLength(1)
    expect(tagsUsed()).toContain(`municipality:${denver.slug}`)
  })

  test('is not found for a place without a location, a non-member or an unknown slug', async () => {
    const nowhere = await memberMunicipality(db, { name: 'Nowhere', latitude: null, longitude: null })
    const other = await referencePlace(db, { name: 'Outsider' })
    for (const slug of [nowhere.slug, other.slug, 'no-such-place'])
      expect((await locator(new Request('http://localhost'), params(slug))).status).toBe(404)
  })
})
