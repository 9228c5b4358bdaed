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

/** The map as a standalone SVG document: states shaded by count, with its own title and description. */
export function usMapSvg({
  title,
  counts,
  unit,
}: {
  title: string
  counts: StateCount[]
  /** What is counted, plural, lower case: "members", "signatories". */
  unit: string
}): string {
  const byState = new Map(counts.map((c) => [c.state, c.count]))
  const classes = buckets(Math.max(0, ...counts.map((c) => c.count)))
  const paths = stateShapes()
    .map(
      (s) =>
        `<path d="${s.d}" fill="${colorFor(byState.get(s.code) ?? 0, classes)}" data-state="${s.code}"/>`,
    )
    .join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" ` +
    `width="${MAP_WIDTH}" height="${MAP_HEIGHT}" role="img" aria-labelledby="title desc">` +
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
