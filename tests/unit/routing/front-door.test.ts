import { describe, expect, it } from 'vitest'
import { frontDoorPath, isInternalAddress } from '@/server/routing/front-door'
import { calculatorViewPath, listViewPath, openDataViewPath } from '@/server/routing/list-view-path'

const get = (url: string, headers: Record<string, string> = {}) =>
  frontDoorPath({ method: 'GET', url, headers })

describe('frontDoorPath: the server routes filtered views to their cached internal routes itself', () => {
  it('sends a filtered view of every public list where the proxy would', () => {
    for (const url of [
      '/members?q=san&state=oh',
      '/campaigns/compact-of-mayors?state=TX&page=2',
      '/solutions?hazard=EXTREME_HEAT&cost=LOW',
      '/resources?q=inventory',
      '/events?type=webinar',
      '/search?q=heat',
    ]) {
      const [pathname, query] = url.split('?') as [string, string]
      const expected = listViewPath(pathname, new URLSearchParams(query))
      expect(expected, url).toMatch(/^\/_views\//)
      expect(get(url), url).toBe(expected)
    }
    expect(frontDoorPath({ method: 'HEAD', url: '/members?q=san', headers: {} })).toBe(get('/members?q=san'))
  })

  it('sends a calculator query to its cached view, and figures to correct to the proxy (a 400 with a nonce)', () => {
    const query =
      'type=BASE_YEAR_ABSOLUTE&baseYear=2015&baseYearEmissions=250000&targetYear=2030&reductionPercent=40'
    expect(get(`/tools/target-calculator?${query}`)).toBe(
      calculatorViewPath(new URLSearchParams(query))!.path,
    )
    expect(get(`/tools/target-calculator?${query}`)).toMatch(
      /^\/_views\/tools\/target-calculator\/[A-Za-z0-9_-]+$/,
    )
    expect(get('/tools/target-calculator?type=FIXED_LEVEL&targetYear=soon')).toBeNull()
  })

  it('sends the open data’s queries where the proxy would, bad values included (the API answers them 400)', () => {
    for (const url of [
      '/api/v1/municipalities?state=CA&page=2',
      '/api/v1/municipalities?state=zz',
      '/api/v1/campaigns/rc4a?page=2',
      '/api/v1/municipalities/austin-tx/crf?format=csv',
      '/data/inventories.csv?municipality=austin-tx',
    ]) {
      const [pathname, query] = url.split('?') as [string, string]
      expect(get(url), url).toBe(openDataViewPath(pathname, new URLSearchParams(query)))
      expect(get(url), url).toMatch(/^\/_views\/(api|data)\//)
    }
  })

  it('leaves default views, unknown parameters and other pages as they came', () => {
    for (const url of [
      '/members',
      '/members?utm_source=mail&page=1',
      '/solutions?q=',
      '/campaigns/nope?state=TX',
      '/members/austin-tx?q=x',
      '/api/v1/municipalities',
      '/accessibility?q=x',
      // Absolute-form and encoded paths are not the lists' plain paths: the proxy sees them as before.
      'http://example.org/members?q=san',
      '/%6Dembers?q=san',
      '/members/?q=san',
    ])
      expect(get(url), url).toBeNull()
  })

  it('leaves form posts and the client router’s RSC requests to the proxy, which keeps the public address', () => {
    expect(frontDoorPath({ method: 'POST', url: '/members?q=san', headers: {} })).toBeNull()
    expect(get('/members?q=san', { rsc: '1' })).toBeNull()
    expect(get('/members?q=san&_rsc=abc')).toBeNull()
    expect(frontDoorPath({ method: 'GET', url: undefined, headers: {} })).toBeNull()
  })

  it('knows an internal view asked for by its own address, however written', () => {
    for (const url of [
      '/_views/members/cT1zYW4',
      '/_views',
      '/_views/',
      '/%5Fviews/search/cT1oZWF0',
      '/%5fviews/resources/x',
      '//_views/events/x',
      '/%2F_views/events/x',
      '/members/../_views/tools/target-calculator',
      '/x/%2e%2e/_views/tools/target-calculator',
      'http://example.org/_views/members/x?q=1',
    ])
      expect(isInternalAddress(url), url).toBe(true)
    for (const url of [
      '/members',
      '/members?q=/_views/x',
      '/views/x',
      '/_viewsx',
      '/members/_views',
      '/%E0%A4%A',
      undefined,
    ])
      expect(isInternalAddress(url), String(url)).toBe(false)
  })
})
