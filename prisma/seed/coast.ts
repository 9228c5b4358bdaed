import { createRequire } from 'node:module'
import { mesh } from 'topojson-client'
import type { Topology, GeometryCollection } from 'topojson-specification'

const EARTH_KM = 6371
const RADIANS = Math.PI / 180

// The nation's outline is its sea coast plus its land borders and the Great Lakes' shores. These boxes
// take out what is not sea: the Great Lakes and St Lawrence, the 49th parallel, Maine's and Alaska's land
// borders with Canada, Lake Champlain, and the border with Mexico (the Texas Gulf coast north of the Rio Grande stays).
function isSeaCoast([lon, lat]: [number, number]): boolean {
  if (lat >= 41.3 && lon >= -95.2 && lon <= -74.6) return false
  if (lat >= 44.95 && lon > -74.6 && lon < -66) return false
  if (lat >= 43.5 && lon >= -74.6 && lon <= -73) return false // Lake Champlain
  if (Math.abs(lat - 49) < 0.1 && lon >= -122.7 && lon <= -95.1) return false
  if (lat > 60.3 && Math.abs(lon + 141) < 0.1) return false
  if (lat < 32.8 && lon > -117.05 && lon < -97.1 && (lon < -98 || lat < 26.1)) return false
  return true
}

function distanceKm(a: [number, number], b: [number, number]): number {
  const dLat = (b[1] - a[1]) * RADIANS
  const dLon = (b[0] - a[0]) * RADIANS
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RADIANS) * Math.cos(b[1] * RADIANS) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

const cell = (lon: number, lat: number) => `${Math.floor(lon)}:${Math.floor(lat)}`

/**
 * Distance from a point to the US sea coast (Atlantic, Gulf, Pacific, Arctic; not the Great Lakes), in km,
 * from the us-atlas national outline at 1:10,000,000; Infinity beyond `radiusKm`. Coast points are indexed
 * by 1-degree cell, so a lookup reads the few cells within the radius.
 */
export function coastDistance(radiusKm = 300): (lon: number, lat: number) => number {
  const require = createRequire(import.meta.url)
  const us = require('us-atlas/nation-10m.json') as Topology<{ nation: GeometryCollection }>
  const grid = new Map<string, [number, number][]>()
  for (const line of mesh(us, us.objects.nation).coordinates)
    for (const p of line as [number, number][]) {
      if (!isSeaCoast(p)) continue
      const key = cell(p[0], p[1])
      grid.set(key, [...(grid.get(key) ?? []), p])
    }
  const latCells = Math.ceil(radiusKm / 111)
  return (lon, lat) => {
    const lonCells = Math.ceil(radiusKm / (111 * Math.max(0.1, Math.cos(lat * RADIANS))))
    let best = Infinity
    for (let dx = -lonCells; dx <= lonCells; dx++)
      for (let dy = -latCells; dy <= latCells; dy++)
        for (const p of grid.get(cell(lon + dx, lat + dy)) ?? [])
          best = Math.min(best, distanceKm([lon, lat], p))
    return best <= radiusKm ? best : Infinity
  }
}
