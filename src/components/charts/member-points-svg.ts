import { formatNumber } from '@/lib/format'
import { MAP_HEIGHT, MAP_WIDTH, projectOnMap, stateShapes, stateOutline } from './us-map-geometry'
import { EMPTY_SHADE, SHADES } from './us-map-scale'
import { escapeXml, mapVersion, singular } from './us-map-svg'

/** A place to draw: its state (which part of the projection) and where it is. */
export type MemberPoint = { state: string; latitude: number; longitude: number }

const DOT = SHADES[3]
const round = (n: number) => Math.round(n * 10) / 10

/** "1,105 members in 50 states": the gist of a locations map, for its alternative text. */
export function pointsSummary(points: MemberPoint[], unit: string): string {
  if (points.length === 0) return `No ${unit} to show yet.`
  const states = new Set(points.map((p) => p.state)).size
  return `${formatNumber(points.length)} ${points.length === 1 ? singular(unit) : unit} in ${states === 1 ? '1 state' : `${formatNumber(states)} states`}`
}

/** Where each point falls on the map image (Albers USA, as the state map); points that cannot be drawn left out. */
export function placePoints(points: MemberPoint[]): [number, number][] {
  return points.flatMap((p) => {
    const at = projectOnMap(p.state, [p.longitude, p.latitude])
    return at && Number.isFinite(at[0]) && Number.isFinite(at[1]) ? [at] : []
  })
}

/** A version of the points for the image's URL, so a page never shows an older map from a cache. */
export function pointsVersion(points: MemberPoint[]): string {
  return mapVersion(points.map((p) => ({ state: `${p.state}${p.latitude},${p.longitude}`, count: 1 })))
}

/**
 * The members' locations as a standalone SVG document: the states as a grey base map, a dot per place. Each
 * dot is a zero-length stroke with round caps (a few bytes each rather than a <circle>), over a white halo.
 */
export function memberPointsSvg({
  title,
  points,
  unit,
}: {
  title: string
  points: MemberPoint[]
  unit: string
}) {
  const states = stateShapes()
    .map((s) => `<path d="${s.d}"/>`)
    .join('')
  const dots = placePoints(points)
    .map(([x, y]) => `M${round(x)} ${round(y)}h0`)
    .join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" ` +
    `width="${MAP_WIDTH}" height="${MAP_HEIGHT}" role="img" aria-labelledby="title desc">` +
    `<title id="title">${escapeXml(title)}</title>` +
    `<desc id="desc">${escapeXml(pointsSummary(points, unit))}.</desc>` +
    `<g fill="${EMPTY_SHADE}" stroke="#6b7280" stroke-width="0.6" stroke-linejoin="round">${states}</g>` +
    (dots
      ? `<g fill="none" stroke-linecap="round"><path d="${dots}" stroke="#fff" stroke-width="8"/>` +
        `<path d="${dots}" stroke="${DOT}" stroke-width="5.5"/></g>`
      : '') +
    `</svg>`
  )
}

export const LOCATOR_WIDTH = 200
export const LOCATOR_HEIGHT = 150

/**
 * A small locator map: the state's outline, enlarged to fill the image, with a dot at the place. The same
 * projection as the national maps; the view box is the state's extent, padded to the image's proportions.
 */
export function locatorSvg({ title, point }: { title: string; point: MemberPoint }): string | null {
  const outline = stateOutline(point.state)
  const at = projectOnMap(point.state, [point.longitude, point.latitude])
  if (!outline || !at) return null
  const [x0, y0, x1, y1] = outline.box
  // Fit the state (with a 6% margin) into the image's aspect ratio, centred.
  const margin = 0.06 * Math.max(x1 - x0, y1 - y0)
  let [w, h] = [x1 - x0 + 2 * margin, y1 - y0 + 2 * margin]
  if (w / h > LOCATOR_WIDTH / LOCATOR_HEIGHT) h = (w * LOCATOR_HEIGHT) / LOCATOR_WIDTH
  else w = (h * LOCATOR_WIDTH) / LOCATOR_HEIGHT
  const [vx, vy] = [(x0 + x1 - w) / 2, (y0 + y1 - h) / 2]
  const px = w / LOCATOR_WIDTH // one pixel of the image, in map units
  const r = (n: number) => Math.round(n * 1000) / 1000
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(vx)} ${r(vy)} ${r(w)} ${r(h)}" ` +
    `width="${LOCATOR_WIDTH}" height="${LOCATOR_HEIGHT}" role="img" aria-labelledby="title">` +
    `<title id="title">${escapeXml(title)}</title>` +
    `<path d="${outline.d}" fill="${SHADES[0]}" stroke="#4b5563" stroke-width="${r(1.2 * px)}" stroke-linejoin="round"/>` +
    `<circle cx="${r(at[0])}" cy="${r(at[1])}" r="${r(7 * px)}" fill="${SHADES[4]}" stroke="#fff" stroke-width="${r(2 * px)}"/>` +
    `</svg>`
  )
}
