import { describe, expect, it } from 'vitest'
import { escapeXml, mapVersion, usMapSvg } from '@/components/charts/us-map-svg'
import { buckets, colorFor, EMPTY_SHADE } from '@/components/charts/us-map-scale'

const counts = [
  { state: 'CA', count: 40 },
  { state: 'TX', count: 10 },
  { state: 'VT', count: 1 },
]

function fills(svg: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of svg.matchAll(/<path d="[^"]+" fill="([^"]+)" data-state="([A-Z]{2})"\/>/g)) {
    out.set(m[2] as string, m[1] as string)
  }
  return out
}

describe('usMapSvg', () => {
  const svg = usMapSvg({ title: 'Members by state', counts, unit: 'members' })

  it('draws one path per state and DC, shaded by the same scale as the legend', () => {
    const byState = fills(svg)
    expect(svg.match(/<path /g)).toHaveLength(51)
    expect(byState.size).toBe(51)
    const classes = buckets(40)
    expect(byState.get('CA')).toBe(colorFor(40, classes))
    expect(byState.get('TX')).toBe(colorFor(10, classes))
    expect(byState.get('CA')).not.toBe(byState.get('VT'))
    expect(byState.get('NY')).toBe(EMPTY_SHADE)
  })

  it('is a standalone image with a title and a summary as its description', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('<title id="title">Members by state</title>')
    expect(svg).toContain('<desc id="desc">51 members in 3 states; the most in California (40), Texas (10)')
  })

  it('escapes text so a name cannot break the markup', () => {
    const odd = usMapSvg({ title: 'A & B <script>"x"</script>', counts: [], unit: 'members' })
    expect(odd).toContain('<title id="title">A &amp; B &lt;script&gt;&quot;x&quot;&lt;/script&gt;</title>')
    expect(odd).not.toContain('<script>')
    expect(escapeXml(`it's`)).toBe('it&apos;s')
  })
})

describe('mapVersion', () => {
  it('changes when a count changes, so the page asks for the new image', () => {
    expect(mapVersion(counts)).toBe(mapVersion([...counts]))
    expect(mapVersion(counts)).not.toBe(mapVersion([{ state: 'CA', count: 41 }, ...counts.slice(1)]))
  })
})
