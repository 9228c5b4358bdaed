import { describe, expect, it } from 'vitest'
import { pageHref, pageWindow } from '@/components/ui/pagination'
import { buckets, colorFor, EMPTY_SHADE, SHADES } from '@/components/charts/us-map-scale'
import { summarize } from '@/components/charts/us-map'
import { simplifyLine } from '@/components/charts/us-map-geometry'

describe('pageHref', () => {
  it('keeps filters, drops empty ones and leaves page 1 without a page parameter', () => {
    expect(pageHref('/campaigns/rc4a', 1, { state: 'TX' })).toBe('/campaigns/rc4a?state=TX')
    expect(pageHref('/campaigns/rc4a', 3, { state: 'TX', q: '' })).toBe('/campaigns/rc4a?state=TX&page=3')
    expect(pageHref('/campaigns/rc4a', 2, { state: undefined, page: '7' })).toBe('/campaigns/rc4a?page=2')
  })
})

describe('pageWindow', () => {
  it('shows first, last and two either side of the current page, with gaps', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(10, 30)).toEqual([1, null, 8, 9, 10, 11, 12, null, 30])
    expect(pageWindow(30, 30)).toEqual([1, null, 28, 29, 30])
  })
})

describe('map shading', () => {
  it('splits counts into contiguous classes that cover 1 to the maximum', () => {
    const classes = buckets(99)
    expect(classes).toHaveLength(5)
    expect(classes[0]?.min).toBe(1)
    expect(classes.at(-1)?.max).toBe(99)
    classes.slice(1).forEach((b, i) => expect(b.min).toBe((classes[i]?.max ?? 0) + 1))
  })

  it('uses the darkest shade for the maximum and the empty shade for none', () => {
    expect(colorFor(99, buckets(99))).toBe(SHADES.at(-1))
    expect(colorFor(1, buckets(1))).toBe(SHADES.at(-1))
    expect(colorFor(0, buckets(5))).toBe(EMPTY_SHADE)
    expect(buckets(0)).toEqual([])
  })

  it('summarises the map in a sentence naming the busiest states', () => {
    const text = summarize(
      [
        { state: 'TX', count: 4 },
        { state: 'CA', count: 9 },
        { state: 'VT', count: 1 },
        { state: 'NY', count: 4 },
      ],
      'members',
    )
    expect(text).toBe('18 members in 4 states; the most in California (9), New York (4), Texas (4).')
    expect(summarize([], 'signatories')).toBe('No signatories yet.')
  })
})

describe('simplifyLine', () => {
  it('drops points that do not bend the line by more than the tolerance', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 5],
      [4, 0],
    ]
    expect(simplifyLine(line, 0.5)).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ])
  })
})
