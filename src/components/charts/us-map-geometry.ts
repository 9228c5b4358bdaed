import { geoAlbers, geoConicEqualArea, geoPath, type GeoProjection, type GeoStream } from 'd3-geo'
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
// The Aleutians are a chain of small islands: kept down to a smaller size so the chain reads as one.
const MIN_ISLAND_AREA = 0.5

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
function simplifying(out: GeoStream, minRingArea = MIN_RING_AREA, tolerance = TOLERANCE): GeoStream {
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
      const points = simplifyLine(line ?? [], tolerance)
      line = null
      if (points.length < (inPolygon ? 3 : 2) || (inPolygon && ringArea(points) < minRingArea)) return
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

// Space around the states, so no coast or island touches the edge of the image.
const MARGIN = 12

/**
 * The three parts of Albers USA (d3's geoAlbersUsa, same parameters and offsets) as separate
 * projections, without geoAlbersUsa's clip boxes: those cut off the western Aleutians, which lie
 * across the 180th meridian. Rotated to 154°W, Alaska is drawn whole, Attu included.
 */
function albersUsaParts(
  k = 1070,
  [x, y]: Point = [480, 250],
): Record<'lower48' | 'AK' | 'HI', GeoProjection> {
  return {
    lower48: geoAlbers().scale(k).translate([x, y]),
    AK: geoConicEqualArea()
      .rotate([154, 0])
      .center([-2, 58.5])
      .parallels([55, 65])
      .scale(0.35 * k)
      .translate([x - 0.307 * k, y + 0.201 * k]),
    HI: geoConicEqualArea()
      .rotate([157, 0])
      .center([-3, 19.9])
      .parallels([8, 18])
      .scale(k)
      .translate([x - 0.205 * k, y + 0.212 * k]),
  }
}

/** A projected-stream filter that scales and moves every point (the fit to the image). */
function transforming(out: GeoStream, scale: number, [dx, dy]: Point): GeoStream {
  return {
    point: (x, y) => out.point(x * scale + dx, y * scale + dy),
    lineStart: () => out.lineStart(),
    lineEnd: () => out.lineEnd(),
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  }
}

type StateFeature = { code: string; f: GeoJSON.Feature; projection: GeoProjection }

let shapes: StateShape[] | undefined
let features: StateFeature[] | undefined
let fit: { parts: ReturnType<typeof albersUsaParts>; scale: number; offset: Point } | undefined

/** Where a place (longitude, latitude) of a state falls on the map image; null if it cannot be drawn. */
export function projectOnMap(code: string, lonLat: Point): Point | null {
  if (!fit) stateShapes()
  const { parts, scale, offset } = fit!
  const p = (code === 'AK' || code === 'HI' ? parts[code] : parts.lower48)(lonLat)
  return p ? [p[0] * scale + offset[0], p[1] * scale + offset[1]] : null
}

/** One state's path on the map image, thinned to `tolerance` (map units) with `digits` decimals. */
function statePath(
  { code, f, projection }: StateFeature,
  { tolerance, digits, minRingArea }: { tolerance: number; digits: number; minRingArea: number },
): string | null {
  const { scale, offset } = fit!
  const fitted = {
    stream: (out: GeoStream) =>
      projection.stream(
        transforming(
          simplifying(out, code === 'AK' ? Math.min(MIN_ISLAND_AREA, minRingArea) : minRingArea, tolerance),
          scale,
          offset,
        ),
      ),
  }
  return geoPath(fitted).digits(digits)(f) || null
}

/**
 * SVG paths of the 50 states and DC in Albers USA, fitted (all of Alaska and Hawaii included) to the
 * image with a margin; computed once per process.
 */
export function stateShapes(): StateShape[] {
  if (shapes) return shapes
  const topology = states10m as unknown as Topology<{ states: GeometryCollection<{ name: string }> }>
  const collection = feature(topology, topology.objects.states)
  const parts = albersUsaParts()
  const states = collection.features.flatMap((f) => {
    const code = FIPS_TO_USPS[String(f.id)]
    return code ? [{ code, f, projection: code === 'AK' || code === 'HI' ? parts[code] : parts.lower48 }] : []
  })
  // The extent of everything drawn, then one scale and offset that fit it inside the margin.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const { f, projection } of states) {
    const [[a, b], [c, d]] = geoPath(projection).bounds(f)
    ;[x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)]
  }
  const scale = Math.min((MAP_WIDTH - 2 * MARGIN) / (x1 - x0), (MAP_HEIGHT - 2 * MARGIN) / (y1 - y0))
  const offset: Point = [
    (MAP_WIDTH - (x1 - x0) * scale) / 2 - x0 * scale,
    (MAP_HEIGHT - (y1 - y0) * scale) / 2 - y0 * scale,
  ]
  fit = { parts, scale, offset }
  features = states
  // One decimal is finer than a pixel at this size and keeps the page small.
  shapes = states.flatMap((s) => {
    const d = statePath(s, { tolerance: TOLERANCE, digits: 1, minRingArea: MIN_RING_AREA })
    return d ? [{ code: s.code, d }] : []
  })
  return shapes
}

export type StateOutline = {
  d: string
  /** The state's extent on the map image: [x0, y0, x1, y1]. */
  box: [number, number, number, number]
}

const outlines = new Map<string, StateOutline | null>()

/**
 * One state's outline in the map image's coordinates, with finer detail than the national map: it is drawn
 * enlarged (a profile's locator map). The same projection as the map, so projectOnMap places points on it.
 */
export function stateOutline(code: string): StateOutline | null {
  if (outlines.has(code)) return outlines.get(code)!
  stateShapes()
  const state = features!.find((s) => s.code === code)
  let outline: StateOutline | null = null
  if (state) {
    const { scale, offset } = fit!
    const [[a, b], [c, d]] = geoPath(state.projection).bounds(state.f)
    const box: StateOutline['box'] = [
      a * scale + offset[0],
      b * scale + offset[1],
      c * scale + offset[0],
      d * scale + offset[1],
    ]
    // About a pixel's detail when the state's longer side is drawn 200 pixels long.
    const tolerance = Math.max(box[2] - box[0], box[3] - box[1]) / 200
    // Specks are dropped by the same measure, in the enlarged drawing's pixels.
    const path = statePath(state, {
      tolerance,
      digits: tolerance < 0.05 ? 3 : 2,
      minRingArea: MIN_RING_AREA * tolerance ** 2,
    })
    if (path) outline = { d: path, box }
  }
  outlines.set(code, outline)
  return outline
}
