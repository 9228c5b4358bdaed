import { formatNumber } from '@/lib/format'
import { stateName } from '@/lib/domain/states'
import { MAP_HEIGHT, MAP_WIDTH, stateShapes } from './us-map-geometry'
import { buckets, colorFor } from './us-map-scale'

export type StateCount = { state: string; count: number }

/** A one-sentence summary of the map, so screen reader users get its gist before the table. */
export function summarize(counts: StateCount[], unit: string): string {
  const present = counts.filter((c) => c.count > 0)
  if (present.length === 0) return `No ${unit} yet.`
  const total = present.reduce((sum, c) => sum + c.count, 0)
  const top = [...present]
    .sort((a, b) => b.count - a.count || a.state.localeCompare(b.state))
    .slice(0, 3)
    .map((c) => `${stateName(c.state)} (${formatNumber(c.count)})`)
  const states = present.length === 1 ? '1 state' : `${present.length} states`
  return `${formatNumber(total)} ${unit} in ${states}; the most in ${top.join(', ')}.`
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)
}

/** A short hash of the counts, put in the image's URL so a page never shows an older map from a cache. */
export function mapVersion(counts: StateCount[]): string {
  let hash = 0x811c9dc5 // FNV-1a, 32 bits
  for (const char of counts.map((c) => `${c.state}:${c.count}`).join(',')) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
  }
  return (hash >>> 0).toString(36)
}

/** "Texas: 42 members", "Vermont: 1 member": a state's link on the clickable map, and its tooltip. */
export function stateLinkLabel(state: string, count: number, unit: string): string {
  return `${stateName(state)}: ${formatNumber(count)} ${count === 1 ? singular(unit) : unit}`
}

/** "signatories" -> "signatory", "members" -> "member". */
export const singular = (unit: string) =>
  unit.endsWith('ies') ? `${unit.slice(0, -3)}y` : unit.replace(/s$/, '')

// The clickable map's states: a hovered or focused state is outlined in black (3:1 against every shade).
const LINK_STYLE =
  'a path{cursor:pointer}a:hover path,a:focus path{stroke:#000;stroke-width:2.5}' +
  'a:focus{outline:none}a:focus-visible path{stroke:#000;stroke-width:3.5}'

/**
 * The map as a standalone SVG document: states shaded by count, with its own title and description.
 * With `stateHref`, each state with a count is a link (to the page that lists them), for a map embedded as a
 * document (an iframe: decision 0026); links open in the page that embeds it.
 */
export function usMapSvg({
  title,
  counts,
  unit,
  stateHref,
}: {
  title: string
  counts: StateCount[]
  /** What is counted, plural, lower case: "members", "signatories". */
  unit: string
  stateHref?: (state: string) => string
}): string {
  const byState = new Map(counts.map((c) => [c.state, c.count]))
  const classes = buckets(Math.max(0, ...counts.map((c) => c.count)))
  const paths = stateShapes()
    .map((s) => {
      const count = byState.get(s.code) ?? 0
      const path = `<path d="${s.d}" fill="${colorFor(count, classes)}" data-state="${s.code}"/>`
      if (!stateHref || count < 1) return path
      const label = escapeXml(stateLinkLabel(s.code, count, unit))
      return `<a href="${escapeXml(stateHref(s.code))}" target="_top" aria-label="${label}"><title>${label}</title>${path}</a>`
    })
    .join('')
  // The clickable map is a document of links, not an image: an image's content is hidden from assistive
  // technology, and its links with it.
  const root = stateHref
    ? `width="100%" height="100%" role="group" aria-labelledby="title desc"><style>${LINK_STYLE}</style>`
    : `width="${MAP_WIDTH}" height="${MAP_HEIGHT}" role="img" aria-labelledby="title desc">`
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" ${root}` +
    `<title id="title">${escapeXml(title)}</title>` +
    `<desc id="desc">${escapeXml(summarize(counts, unit))}</desc>` +
    `<g stroke="#6b7280" stroke-width="0.6" stroke-linejoin="round">${paths}</g></svg>`
  )
}

// No Cache-Control here: Next sets s-maxage and stale-while-revalidate from the route's revalidate.
export const SVG_HEADERS = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
} as const

/** For a map embedded as a document in the site's own pages (an iframe): framed by this site only. */
export const FRAMED_SVG_HEADERS = {
  ...SVG_HEADERS,
  'Content-Security-Policy': `${SVG_HEADERS['Content-Security-Policy']}; frame-ancestors 'self'`,
  'X-Frame-Options': 'SAMEORIGIN',
} as const
