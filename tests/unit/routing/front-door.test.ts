import { describe, expect, it } from 'vitest'
import { frontDoorPath } from '@/server/routing/front-door'
import { listViewPath, openDataViewPath } from '@/server/routing/list-view-path'

const get = (url: string, headers: Record<string, string> = {}) =>
  frontDoorPath({ method: 'GET', url, headers })

describe('frontDoorPath: the server routes filtered views to their cached internal routes itself', () => {
  it('sends a filtered directory, campaign or gateway view where the proxy would', () => {
    for (const url of [
      '/members?q=san&state=oh',
      '/campaigns/compact-of-mayors?state=TX&page=2',
      '/solutions?hazard=EXTREME_HEAT&cost=LOW',
    ]) {
      const [pathname, query] = url.split('?') as [string, string]
      const expected = listViewPath(pathname, new URLSearchParams(query))
      expect(expected, url).toMatch(/^\/_views\//)
      expect(get(url), url).toBe(expected)
    }
    expect(frontDoorPath({ method: 'HEAD', url: '/members?q=san', headers: {} })).toBe(get('/members?q=san'))
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

  it('leaves the views the proxy refuses to address directly (guides, events, site search) to the proxy', () => {
    for (const url of ['/resources?q=inventory', '/events?type=webinar', '/search?q=heat'])
      expect(get(url), url).toBeNull()
  })

  it('leaves form posts and the client router’s RSC requests to the proxy, which keeps the public address', () => {
    expect(frontDoorPath({ method: 'POST', url: '/members?q=san', headers: {} })).toBeNull()
    expect(get('/members?q=san', { rsc: '1' })).toBeNull()
    expect(get('/members?q=san&_rsc=abc')).toBeNull()
    expect(frontDoorPath({ method: 'GET', url: undefined, headers: {} })).toBeNull()
  })
})
