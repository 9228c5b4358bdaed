// The US map shows every state whole: Alaska with the whole Aleutian chain (which lies across the
// 180th meridian, where d3's geoAlbersUsa clips it), nothing touching the edge of the image.
import { describe, expect, it } from 'vitest'
import { MAP_HEIGHT, MAP_WIDTH, projectOnMap, stateShapes } from '@/components/charts/us-map-geometry'

const points = (d: string) =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const)

describe('the US map geometry', () => {
  it('draws all 50 states and DC inside the image, clear of its edges', () => {
    const shapes = stateShapes()
    expect(shapes).toHaveLength(51)
    for (const { code, d } of shapes) {
      for (const [x, y] of points(d)) {
        expect({ code, x }).toEqual({
          code,
          x: expect.toSatisfy((v: number) => v >= 5 && v <= MAP_WIDTH - 5),
        })
        expect({ code, y }).toEqual({
          code,
          y: expect.toSatisfy((v: number) => v >= 5 && v <= MAP_HEIGHT - 5),
        })
      }
    }
  })

  it('keeps the western Aleutians: Attu Island, beyond the 180th meridian, is drawn', () => {
    const attu = projectOnMap('AK', [172.9, 52.9])!
    expect(attu[0]).toBeGreaterThan(0)
    const ak = points(stateShapes().find((s) => s.code === 'AK')!.d)
    const nearest = Math.min(...ak.map(([x, y]) => Math.hypot(x - attu[0], y - attu[1])))
    expect(nearest).toBeLessThan(3)
    // and it is the westernmost land of the map
    expect(Math.min(...ak.map(([x]) => x))).toBeCloseTo(
      Math.min(...stateShapes().flatMap((s) => points(s.d).map(([x]) => x))),
    )
  })
})
