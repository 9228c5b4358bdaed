// The clickable state map, the member locations map and the profile locator: where points fall (the same
// Albers USA projection as the state map), what each SVG holds and says.
import { describe, expect, it } from 'vitest'
import { projectOnMap, stateOutline, stateShapes } from '@/components/charts/us-map-geometry'
import {
  LOCATOR_HEIGHT,
  LOCATOR_WIDTH,
  locatorSvg,
  memberPointsSvg,
  placePoints,
  pointsSummary,
  pointsVersion,
} from '@/components/charts/member-points-svg'
import { stateLinkLabel, usMapSvg } from '@/components/charts/us-map-svg'
import { directoryStateHref } from '@/components/charts/map-links'

type Point = [number, number]

/** The rings of an SVG path made of M, L and Z commands (what d3's geoPath writes). */
function rings(d: string): Point[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) =>
      ring
        .replace(/Z$/, '')
        .split('L')
        .map((p) => p.split(',').map(Number) as Point),
    )
}

/** Even-odd ray casting over every ring: is the point inside the shape? */
function inside([x, y]: Point, d: string): boolean {
  let hit = false
  for (const ring of rings(d))
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!
      const [xj, yj] = ring[j]!
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit
    }
  return hit
}

const shape = (code: string) => stateShapes().find((s) => s.code === code)!.d

// Places well inside their state: [state, longitude, latitude].
const places: [string, number, number][] = [
  ['TX', -97.74, 30.27], // Austin
  ['WA', -122.33, 47.61], // Seattle
  ['FL', -81.38, 28.54], // Orlando
  ['CO', -104.99, 39.74], // Denver
  ['ME', -69.78, 44.31], // Augusta
  ['AK', -149.9, 61.22], // Anchorage
  ['HI', -157.86, 21.31], // Honolulu
  ['KS', -97.34, 37.69], // Wichita
]

describe('placing a place on the map', () => {
  it.each(places)('puts a place of %s inside that state’s shape on the state map', (state, lon, lat) => {
    const at = projectOnMap(state, [lon, lat])!
    expect(inside(at, shape(state))).toBe(true)
    // and in no other state
    const others = stateShapes().filter((s) => s.code !== state && inside(at, s.d))
    expect(others.map((s) => s.code)).toEqual([])
  })

  it('keeps compass directions: Seattle is north-west of Orlando, Denver west of Wichita', () => {
    const [seattle, orlando, denver, wichita] = ['WA', 'FL', 'CO', 'KS'].map((s) => {
      const [, lon, lat] = places.find((p) => p[0] === s)!
      return projectOnMap(s, [lon, lat])!
    })
    expect(seattle![0]).toBeLessThan(orlando![0])
    expect(seattle![1]).toBeLessThan(orlando![1])
    expect(denver![0]).toBeLessThan(wichita![0])
  })

  it('leaves out a place whose location cannot be drawn', () => {
    const placed = placePoints([
      { state: 'TX', longitude: -97.74, latitude: 30.27 },
      { state: 'TX', longitude: Number.NaN, latitude: 30.27 },
    ])
    expect(placed).toHaveLength(1)
  })
})

describe('the member locations map', () => {
  const points = [
    { state: 'TX', longitude: -97.74, latitude: 30.27 },
    { state: 'TX', longitude: -96.8, latitude: 32.78 },
    { state: 'WA', longitude: -122.33, latitude: 47.61 },
  ]

  it('draws the states and one dot per place, and says how many in how many states', () => {
    const svg = memberPointsSvg({ title: 'Where the members are', points, unit: 'members' })
    expect(svg.match(/<path d="M[^"]*"\/>/g)).toHaveLength(51)
    // Each dot is a zero-length stroke, drawn twice (a white halo, then the dot).
    const dots = svg.match(/<path d="([^"]+)" stroke="#2a7f4f"/)![1]!
    expect(dots.match(/h0/g)).toHaveLength(3)
    const [x, y] = dots
      .match(/^M([\d.]+) ([\d.]+)h0/)!
      .slice(1)
      .map(Number)
    expect(inside([x!, y!], shape('TX'))).toBe(true)
    expect(svg).toContain('<desc id="desc">3 members in 2 states.</desc>')
    expect(svg).toContain('role="img"')
  })

  it('says so when there is nothing to show, and escapes its title', () => {
    const svg = memberPointsSvg({ title: 'A & <B>', points: [], unit: 'signatories' })
    expect(svg).toContain('<title id="title">A &amp; &lt;B&gt;</title>')
    expect(svg).not.toContain('h0')
    expect(pointsSummary([], 'signatories')).toBe('No signatories to show yet.')
    expect(pointsSummary(points.slice(0, 1), 'members')).toBe('1 member in 1 state')
  })

  it('has a version that changes when a place moves', () => {
    expect(pointsVersion(points)).toBe(pointsVersion([...points]))
    expect(pointsVersion(points)).not.toBe(
      pointsVersion([{ ...points[0]!, latitude: 30.3 }, ...points.slice(1)]),
    )
  })
})

describe('the profile locator map', () => {
  const viewBox = (svg: string) =>
    svg
      .match(/viewBox="([^"]+)"/)![1]!
      .split(' ')
      .map(Number)

  it.each(places)(
    'frames %s whole with the dot at the place, in the image’s proportions',
    (state, lon, lat) => {
      const svg = locatorSvg({ title: 'Location of X', point: { state, longitude: lon, latitude: lat } })!
      const [vx, vy, w, h] = viewBox(svg) as [number, number, number, number]
      expect(w / h).toBeCloseTo(LOCATOR_WIDTH / LOCATOR_HEIGHT, 2)
      const [x0, y0, x1, y1] = stateOutline(state)!.box
      expect(vx).toBeLessThanOrEqual(x0)
      expect(vy).toBeLessThanOrEqual(y0)
      expect(vx + w).toBeGreaterThanOrEqual(x1)
      expect(vy + h).toBeGreaterThanOrEqual(y1)
      const [cx, cy] = svg
        .match(/<circle cx="([\d.]+)" cy="([\d.]+)"/)!
        .slice(1)
        .map(Number)
      expect(inside([cx!, cy!], stateOutline(state)!.d)).toBe(true)
    },
  )

  it('draws a small state in more detail than the national map, where it is a few pixels wide', () => {
    for (const code of ['RI', 'DE'])
      expect(rings(stateOutline(code)!.d).flat().length).toBeGreaterThan(2 * rings(shape(code)).flat().length)
  })

  it('is titled by the caller, escaped, and absent for an unknown state', () => {
    const svg = locatorSvg({
      title: 'Location of A&B in Texas',
      point: { state: 'TX', longitude: -97.7, latitude: 30.3 },
    })!
    expect(svg).toContain('<title id="title">Location of A&amp;B in Texas</title>')
    expect(svg).toContain(`width="${LOCATOR_WIDTH}" height="${LOCATOR_HEIGHT}" role="img"`)
    expect(locatorSvg({ title: 'x', point: { state: 'ZZ', longitude: 0, latitude: 0 } })).toBeNull()
  })
})

describe('the clickable state map', () => {
  const counts = [
    { state: 'TX', count: 10 },
    { state: 'VT', count: 1 },
  ]
  const svg = usMapSvg({
    title: 'Members by state',
    counts,
    unit: 'members',
    stateHref: (s) => directoryStateHref(s),
  })

  it('links each state with members to the directory filtered to it, named with its count', () => {
    const links = [...svg.matchAll(/<a href="([^"]+)" target="_top" aria-label="([^"]+)">/g)].map((m) => [
      m[1],
      m[2],
    ])
    expect(links).toEqual([
      ['/members?state=TX', 'Texas: 10 members'],
      ['/members?state=VT', 'Vermont: 1 member'],
    ])
    // States without members are drawn, not linked.
    expect(svg.match(/<path /g)).toHaveLength(51)
    expect(svg).toContain('<title>Texas: 10 members</title>')
  })

  it('is a group of links, not an image, which would hide them from assistive technology', () => {
    expect(svg).not.toContain('role="img"')
    expect(svg).toContain('role="group" aria-labelledby="title desc"')
    expect(svg).toContain('a:focus-visible path{')
    expect(usMapSvg({ title: 'x', counts, unit: 'members' })).not.toContain('<a ')
  })

  it('names a campaign’s states by signatories and links to its signatories in the directory', () => {
    expect(stateLinkLabel('VT', 1, 'signatories')).toBe('Vermont: 1 signatory')
    expect(stateLinkLabel('CA', 1234, 'signatories')).toBe('California: 1,234 signatories')
    expect(directoryStateHref('TX', 'rc4a')).toBe('/members?state=TX&campaign=rc4a')
  })
})
