import { geoAlbersUsa, geoPath, type GeoStream } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import states10m from 'us-atlas/states-10m.json'
import { FIPS_TO_USPS } from './us-fips'

export const MAP_WIDTH = 975
export const MAP_HEIGHT = 610

// Detail finer than TOLERANCE (SVG units, Douglas-Peucker) and rings smaller than MIN_RING_AREA are
// below what a reader can see at this size; dropping them cuts the SVG to a fraction.
const TOLERANCE = 0.8
const MIN_RING_AREA = 4

export type StateShape = { code: string; d: string }

type Point = [number, number]

function ringArea(points: Point[]): number {
  let area = 0
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i] as Point
    const [xj, yj] = points[j] as Point
    area += xj * yi - xi * yj
  }
  return Math.abs(area / 2)
}

function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax
  const dy = by - ay
  const lengthSquared = dx * dx + dy * dy
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared))
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy))
}

/** Douglas-Peucker: keeps the points that bend the line by more than the tolerance. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points
  const keep = new Uint8Array(points.length)
  keep[0] = 1
  keep[points.length - 1] = 1
  const stack: [number, number][] = [[0, points.length - 1]]
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [number, number]
    let farthest = -1
    let max = tolerance
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(points[i] as Point, points[from] as Point, points[to] as Point)
      if (d > max) [max, farthest] = [d, i]
    }
    if (farthest < 0) continue
    keep[farthest] = 1
    stack.push([from, farthest], [farthest, to])
  }
  return points.filter((_, i) => keep[i] === 1)
}

/** A projected-stream filter that thins each ring (Douglas-Peucker) and drops specks. */
function simplifying(out: GeoStream): GeoStream {
  let line: Point[] | null = null
  let inPolygon = false
  return {
    point(x, y) {
      if (line) line.push([x, y])
      else out.point(x, y)
    },
    lineStart() {
      line = []
    },
    lineEnd() {
      const points = simplifyLine(line ?? [], TOLERANCE)
      line = null
      if (points.length < (inPolygon ? 3 : 2) || (inPolygon && ringArea(points) < MIN_RING_AREA)) return
      out.lineStart()
      for (const [x, y] of points) out.point(x, y)
      out.lineEnd()
    },
    polygonStart() {
      inPolygon = true
      out.polygonStart()
    },
    polygonEnd() {
      inPolygon = false
      out.polygonEnd()
    },
    sphere() {
      out.sphere?.()
    },
  }
}

let shapes: StateShape[] | undefined

/** SVG paths of the 50 states and DC in Albers USA, computed once per process. */
export function stateShapes(): StateShape[] {
  if (shapes) return shapes
  const topology = states10m as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>
  const collection = feature(topology, topology.objects.states)
  const albers = geoAlbersUsa().fitSize([MAP_WIDTH, MAP_HEIGHT], collection)
  const projection = { stream: (out: GeoStream) => albers.stream(simplifying(out)) }
  // One decimal is finer than a pixel at this size and keeps the page small.
  const path = geoPath(projection).digits(1)
  shapes = collection.features.flatMap((f) => {
    const code = FIPS_TO_USPS[String(f.id)]
    const d = code ? path(f) : null
    return code && d ? [{ code, d }] : []
  })
  return shapes
}
