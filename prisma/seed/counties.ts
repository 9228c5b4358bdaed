import { createRequire } from 'node:module'
import { geoCentroid, geoContains, geoDistance } from 'd3-geo'
import { feature } from 'topojson-client'
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'

export type County = { fips: string; name: string }

type Shape = County & {
  feature: Feature<Polygon | MultiPolygon>
  box: [number, number, number, number] // west, south, east, north (plain longitude and latitude)
  centroid: [number, number]
}

// Parishes, Alaska's census areas and boroughs, and independent cities (FIPS 5xx in MD, MO, VA) are
// county equivalents: named as the Census Bureau names them.
const CENSUS_AREAS = new Set([
  'Bethel',
  'Dillingham',
  'Hoonah-Angoon',
  'Kusilvak',
  'Nome',
  'Prince of Wales-Hyder',
  'Southeast Fairbanks',
  'Valdez-Cordova',
  'Yukon-Koyukuk',
])
const INDEPENDENT_CITY_STATES = new Set(['24', '29', '51'])

export function countyName(fips: string, name: string): string {
  const state = fips.slice(0, 2)
  if (state === '11') return 'District of Columbia'
  if (state === '22') return `${name} Parish`
  if (state === '02') return CENSUS_AREAS.has(name) ? `${name} Census Area` : `${name} Borough`
  if (INDEPENDENT_CITY_STATES.has(state) && Number(fips.slice(2)) >= 500) return `${name} city`
  if (/ City$/.test(name)) return name // Carson City, an independent city in Nevada
  return `${name} County`
}

function boxOf(f: Feature<Polygon | MultiPolygon>): Shape['box'] {
  const rings: Position[][] =
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()
  const box: Shape['box'] = [180, 90, -180, -90]
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      box[0] = Math.min(box[0], lon!)
      box[1] = Math.min(box[1], lat!)
      box[2] = Math.max(box[2], lon!)
      box[3] = Math.max(box[3], lat!)
    }
  return box
}

const cell = (lon: number, lat: number) => `${Math.floor(lon)}:${Math.floor(lat)}`

/**
 * Finds the county of a point from the Census Bureau's county shapes (us-atlas counties-10m, 1:10,000,000)
 * with d3-geo's point in polygon test. Shapes are indexed by the 1-degree cells their bounding box covers,
 * so a lookup tests a handful of polygons. A point the simplified coastline leaves in the water (a harbour
 * town) gets the county with the nearest centre among those around it.
 */
export function countyLocator(): (lon: number, lat: number) => County | null {
  const require = createRequire(import.meta.url)
  const topology = require('us-atlas/counties-10m.json') as Topology<{
    counties: GeometryCollection<{ name: string }>
  }>
  const collection = feature(topology, topology.objects.counties)
  const grid = new Map<string, Shape[]>()
  for (const f of collection.features as Feature<Polygon | MultiPolygon, { name: string }>[]) {
    const fips = String(f.id)
    const shape: Shape = {
      fips,
      name: countyName(fips, f.properties.name),
      feature: f,
      box: boxOf(f),
      centroid: geoCentroid(f) as [number, number],
    }
    const [w, s, e, n] = shape.box
    for (let x = Math.floor(w); x <= Math.floor(e); x++)
      for (let y = Math.floor(s); y <= Math.floor(n); y++) {
        const key = `${x}:${y}`
        const list = grid.get(key)
        if (list) list.push(shape)
        else grid.set(key, [shape])
      }
  }
  const inBox = (s: Shape, lon: number, lat: number) =>
    lon >= s.box[0] && lon <= s.box[2] && lat >= s.box[1] && lat <= s.box[3]
  return (lon, lat) => {
    const candidates = grid.get(cell(lon, lat)) ?? []
    const hit = candidates.find((s) => inBox(s, lon, lat) && geoContains(s.feature, [lon, lat]))
    if (hit) return { fips: hit.fips, name: hit.name }
    const near = new Set<Shape>()
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) for (const s of grid.get(cell(lon + dx, lat + dy)) ?? []) near.add(s)
    let best: Shape | null = null
    let bestDistance = Infinity
    for (const s of near) {
      const d = geoDistance(s.centroid, [lon, lat])
      if (d < bestDistance) [best, bestDistance] = [s, d]
    }
    return best && { fips: best.fips, name: best.name }
  }
}
