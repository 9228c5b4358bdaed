import { describe, expect, it } from 'vitest'
import { calculatorViewPath, listViewPath, openDataViewPath } from '@/server/routing/list-view-path'
import { decodeViewKey } from '@/lib/view-key'
import { directorySortHref, parseDirectoryQuery } from '@/schemas/directory'

const path = (pathname: string, query: string) => listViewPath(pathname, new URLSearchParams(query))
const keyOf = (p: string | null) => decodeViewKey(p!.split('/').at(-1)!).toString()

describe('listViewPath: filtered lists are served by cached internal views', () => {
  it('leaves default views to the pages themselves', () => {
    expect(path('/members', '')).toBeNull()
    expect(path('/members', 'sort=name&page=1&q=&utm_source=x')).toBeNull()
    expect(path('/campaigns/rc4a', 'page=1&state=ZZ')).toBeNull()
  })

  it('gives equivalent directory queries one view, whatever the order, case of state or junk', () => {
    const a = path('/members', 'state=oh&q=spring&page=2')
    const b = path('/members', 'q=spring&page=2&state=OH&utm_source=mail&overdue=no')
    expect(a).toMatch(/^\/_views\/members\/[A-Za-z0-9_-]+$/)
    expect(a).toBe(b)
    expect(keyOf(a)).toBe('page=2&q=spring&state=OH')
  })

  it('makes the sort direction part of the view, leaving out each sort’s usual direction', () => {
    // The usual direction, said or not, is one view (the default page for names A to Z).
    expect(path('/members', 'dir=asc')).toBeNull()
    expect(path('/members', 'sort=population&dir=desc')).toBe(path('/members', 'sort=population'))
    expect(keyOf(path('/members', 'sort=population&dir=desc'))).toBe('sort=population')
    // The other direction is a view of its own.
    expect(keyOf(path('/members', 'dir=desc'))).toBe('dir=desc')
    expect(keyOf(path('/members', 'dir=asc&sort=population'))).toBe('dir=asc&sort=population')
    expect(path('/members', 'sort=population&dir=asc')).not.toBe(path('/members', 'sort=population'))
    expect(keyOf(path('/members', 'sort=joined&dir=DESC&state=oh'))).toBe('sort=joined&state=OH')
  })

  it('links each column header to its sort: the other direction when sorted by it, from the first page', () => {
    const byName = parseDirectoryQuery({})
    expect(directorySortHref(byName, 'name')).toBe('/members?dir=desc')
    expect(directorySortHref(byName, 'population')).toBe('/members?sort=population')
    const largest = parseDirectoryQuery({ sort: 'population', state: 'OH', page: '3' })
    expect(directorySortHref(largest, 'population')).toBe('/members?state=OH&sort=population&dir=asc')
    expect(directorySortHref(largest, 'name')).toBe('/members?state=OH')
    const smallest = parseDirectoryQuery({ sort: 'population', dir: 'asc' })
    expect(directorySortHref(smallest, 'population')).toBe('/members?sort=population')
  })

  it('keeps any search text intact, accents and slashes included, in one path segment', () => {
    const view = path('/members', `q=${encodeURIComponent('São/Tomé & "x"')}`)!
    expect(view.split('/')).toHaveLength(4)
    expect(parseDirectoryQuery(decodeViewKey(view.split('/')[3]!)).q).toBe('São/Tomé & "x"')
  })

  it('addresses campaign views by campaign, and ignores unknown campaigns', () => {
    expect(path('/campaigns/compact-of-mayors', 'state=wy&page=3')).toMatch(
      /^\/_views\/campaigns\/compact-of-mayors\/[A-Za-z0-9_-]+$/,
    )
    expect(keyOf(path('/campaigns/rc4a', 'page=2'))).toBe('page=2')
    expect(path('/campaigns/nope', 'state=WY')).toBeNull()
    expect(path('/solutions/cool-roofs', 'q=flood')).toBeNull()
  })

  it('gives equivalent Solutions Gateway queries one view; the words are kept as typed', () => {
    expect(path('/solutions', 'page=1&q=%20&hazard=nope&utm_source=x')).toBeNull()
    const a = path('/solutions', 'q=%20Flood%20&cost=LOW&hazard=EXTREME_HEAT&page=2')
    expect(a).toMatch(/^\/_views\/solutions\/[A-Za-z0-9_-]+$/)
    expect(a).toBe(path('/solutions', 'hazard=EXTREME_HEAT&page=2&cost=LOW&q=Flood&sector=nope'))
    expect(keyOf(a)).toBe('cost=LOW&hazard=EXTREME_HEAT&page=2&q=Flood')
    expect(keyOf(path('/solutions', 'sector=BUILDINGS'))).toBe('sector=BUILDINGS')
  })

  it('gives equivalent library queries one view; bad topics, stages and kinds are dropped', () => {
    expect(path('/resources', 'page=1&q=%20&topic=nope&stage=NONE&kind=VIDEO&utm_source=x')).toBeNull()
    const a = path('/resources', 'q=%20Inventory%20&stage=INVENTORY&kind=GUIDE&page=2')
    expect(a).toMatch(/^\/_views\/resources\/[A-Za-z0-9_-]+$/)
    expect(a).toBe(path('/resources', 'kind=GUIDE&page=2&stage=INVENTORY&q=Inventory&topic=nope'))
    expect(keyOf(a)).toBe('kind=GUIDE&page=2&q=Inventory&stage=INVENTORY')
    expect(keyOf(path('/resources', 'topic=EXTREME_HEAT'))).toBe('topic=EXTREME_HEAT')
    expect(path('/resources/some-guide', 'q=flood')).toBeNull()
  })

  it('gives each kind of event one view, however the kind is written; an unknown kind is all events', () => {
    expect(path('/events', 'type=concert&utm_source=x')).toBeNull()
    expect(path('/events', '')).toBeNull()
    const a = path('/events', 'type=study-visit')
    expect(a).toMatch(/^\/_views\/events\/[A-Za-z0-9_-]+$/)
    expect(a).toBe(path('/events', 'type=STUDY_VISIT&utm_source=x'))
    expect(keyOf(a)).toBe('type=study-visit')
    expect(path('/events', 'type=webinar')).not.toBe(a)
    expect(path('/events/some-event', 'type=webinar')).toBeNull()
  })

  it('gives each site search its view; words only, cut at 200 characters, as typed', () => {
    expect(path('/search', '')).toBeNull()
    expect(path('/search', 'q=%20%20&utm_source=x')).toBeNull()
    const a = path('/search', 'q=%20flood%20buyouts%20')
    expect(a).toMatch(/^\/_views\/search\/[A-Za-z0-9_-]+$/)
    expect(a).toBe(path('/search', 'q=flood%20buyouts&page=3'))
    expect(keyOf(a)).toBe('q=flood+buyouts')
    expect(keyOf(path('/search', `q=${'a'.repeat(300)}`))).toBe(`q=${'a'.repeat(200)}`)
  })

  it('decodes a malformed key as the default view', () => {
    expect(decodeViewKey('../../etc').toString()).toBe('')
    expect(decodeViewKey('').toString()).toBe('')
  })
})

describe('openDataViewPath: open data with a query is served by cached internal routes', () => {
  const open = (pathname: string, query: string) => openDataViewPath(pathname, new URLSearchParams(query))

  it('leaves requests without a query (or with unknown keys) to the public routes', () => {
    expect(open('/api/v1/municipalities', 'utm_source=x&q=')).toBeNull()
    expect(open('/api/v1/campaigns/rc4a', 'limit=5')).toBeNull()
    expect(open('/api/v1/municipalities/austin-tx/crf', 'format=json')).toBeNull()
    expect(open('/data/inventories.csv', 'municipality=')).toBeNull()
    expect(open('/data/signatories.csv', 'municipality=austin-tx')).toBeNull()
  })

  it('keeps the API’s values as given, so a bad one is still answered 400, in one view per query', () => {
    const a = open('/api/v1/municipalities', 'state=zz&q=spring&utm_source=x')
    expect(a).toMatch(/^\/_views\/api\/municipalities\/[A-Za-z0-9_-]+$/)
    expect(a).toBe(open('/api/v1/municipalities', 'q=spring&state=zz'))
    expect(keyOf(a)).toBe('q=spring&state=zz')
    expect(keyOf(open('/api/v1/municipalities', `state=${'O'.repeat(12 * 1024)}`))).toBe(
      `state=${'O'.repeat(201)}`,
    )
  })

  it('addresses a campaign’s pages, a CSV export and one member’s file', () => {
    expect(keyOf(open('/api/v1/campaigns/rc4a', 'page=2'))).toBe('page=2')
    expect(open('/api/v1/campaigns/rc4a', 'page=2')).toMatch(/^\/_views\/api\/campaigns\/rc4a\//)
    expect(open('/api/v1/municipalities/austin-tx/crf', 'format=csv')).toBe('/_views/api/crf-csv/austin-tx')
    expect(keyOf(open('/data/inventories.csv', 'municipality=a/b'))).toBe('municipality=a%2Fb')
  })
})

describe('calculatorViewPath: the target calculator’s views', () => {
  const NOW = new Date('2026-06-01T00:00:00Z')
  const view = (query: string) => calculatorViewPath(new URLSearchParams(query), NOW)

  it('keys a valid query by its values as typed, in any order, without empty values or the chooser’s marker', () => {
    const a = view('type=FIXED_LEVEL&targetYear=2030&targetEmissions=500&member=boulder-co&baseYear=&utm=x')
    const b = view('member=boulder-co&step=type&targetEmissions=500&type=FIXED_LEVEL&targetYear=2030')
    expect(a).toEqual(b)
    expect(a?.invalid).toBe(false)
    expect(a?.path).toMatch(/^\/_views\/tools\/target-calculator\/[A-Za-z0-9_-]+$/)
    expect(keyOf(a!.path)).toBe('member=boulder-co&targetEmissions=500&targetYear=2030&type=FIXED_LEVEL')
  })

  it('sends figures to correct to the page rendered for each request (answered 400), never a cached view', () => {
    expect(view('type=FIXED_LEVEL&targetYear=soon')).toEqual({
      path: '/_views/tools/target-calculator',
      invalid: true,
    })
    expect(view('step=type')?.invalid).toBe(true)
  })

  it('leaves an empty query to the static page', () => {
    expect(view('member=&q=')).toBeNull()
  })
})
