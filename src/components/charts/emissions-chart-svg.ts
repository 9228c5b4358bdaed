import { scaleBand, scaleLinear } from 'd3-scale'
import { line, stack } from 'd3-shape'
import type { GpcSectorCode } from '@/lib/domain/gpc'
import { escapeXml } from './us-map-svg'

// Each colour has at least 3:1 contrast with white (WCAG 1.4.11); the legend and table carry the meaning.
export const SECTOR_COLOURS: Record<GpcSectorCode, string> = {
  STATIONARY_ENERGY: '#1d6b3f',
  TRANSPORTATION: '#1f5fa8',
  WASTE: '#8a5a00',
  IPPU: '#7b3f98',
  AFOLU: '#b3261e',
}
export const PATH_COLOUR = '#1b1f23'
export const TOTAL_COLOUR = '#005ea5'
export const sectorColour = (s: string) => SECTOR_COLOURS[s as GpcSectorCode] ?? '#4a5560'

export type EmissionsChartData = {
  title: string
  description: string
  sectors: string[]
  years: { year: number; bySector: Record<string, number | null> }[]
  /** The target path, one point a year; drawn as a dashed line to the target year. */
  path: { year: number; value: number }[]
  /** Verified totals drawn as points (the target calculator, which draws no bars). */
  totals?: { year: number; value: number }[]
}

export const CHART_WIDTH = 720
export const CHART_HEIGHT = 360
const M = { top: 16, right: 16, bottom: 36, left: 84 }

function yearRange(years: number[]): number[] {
  const out: number[] = []
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(y)
  return out
}

/**
 * The years that get a label: every `every`th from the first, and always the last (usually the target
 * year), dropping a regular label too close to the last one to fit beside it.
 */
export function labelledYears(years: number[], every: number): number[] {
  const last = years.length - 1
  return years.filter((_, i) => i === last || (i % every === 0 && last - i >= every))
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })
const r = (n: number) => Math.round(n * 100) / 100

/** Stacked bars of verified emissions by GPC sector per year, with the target path, as an SVG document. */
export function emissionsChartSvg({
  title,
  description,
  sectors,
  years,
  path,
  totals = [],
}: EmissionsChartData): string {
  const W = CHART_WIDTH
  const H = CHART_HEIGHT
  const allYears = yearRange([
    ...years.map((y) => y.year),
    ...path.map((p) => p.year),
    ...totals.map((t) => t.year),
  ])
  const rows = years.map((y) => ({
    year: y.year,
    ...Object.fromEntries(sectors.map((s) => [s, y.bySector[s] ?? 0])),
  }))
  const series = stack<Record<string, number>>().keys(sectors)(rows)
  const max = Math.max(
    1,
    ...series.flatMap((s) => s.map((d) => d[1])),
    ...path.map((p) => p.value),
    ...totals.map((t) => t.value),
  )
  const x = scaleBand<number>()
    .domain(allYears)
    .range([M.left, W - M.right])
    .padding(0.2)
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([H - M.bottom, M.top])
  const pathLine = line<{ year: number; value: number }>()
    .x((p) => (x(p.year) ?? 0) + x.bandwidth() / 2)
    .y((p) => y(p.value))(path)
  const labelEvery = Math.ceil(allYears.length / 12)
  const grid = y
    .ticks(5)
    .map(
      (t) =>
        `<g transform="translate(0 ${r(y(t))})"><line x1="${M.left}" x2="${W - M.right}" stroke="#d0d5da"/>` +
        `<text x="${M.left - 8}" dy="0.32em" text-anchor="end">${compact.format(t)}</text></g>`,
    )
    .join('')
  const bars = series
    .map(
      (s) =>
        `<g fill="${sectorColour(s.key)}">` +
        s
          .map(
            (d) =>
              `<rect x="${r(x(Number(d.data.year)) ?? 0)}" y="${r(y(d[1]))}" width="${r(x.bandwidth())}" ` +
              `height="${r(Math.max(0, y(d[0]) - y(d[1])))}"/>`,
          )
          .join('') +
        '</g>',
    )
    .join('')
  const target = pathLine
    ? `<path d="${pathLine}" fill="none" stroke="${PATH_COLOUR}" stroke-width="3" stroke-dasharray="8 5"/>`
    : ''
  const points = totals
    .map(
      (t) =>
        `<circle cx="${r((x(t.year) ?? 0) + x.bandwidth() / 2)}" cy="${r(y(t.value))}" r="6" ` +
        `fill="${TOTAL_COLOUR}" stroke="#ffffff" stroke-width="2"/>`,
    )
    .join('')
  const labels = labelledYears(allYears, labelEvery)
    .map(
      (yr) =>
        `<text x="${r((x(yr) ?? 0) + x.bandwidth() / 2)}" y="${H - M.bottom + 20}" text-anchor="middle">${yr}</text>`,
    )
    .join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" ` +
    `aria-labelledby="title desc" font-family="system-ui, sans-serif" font-size="13" fill="#1b1f23">` +
    `<title id="title">${escapeXml(title)}</title><desc id="desc">${escapeXml(description)}</desc>` +
    grid +
    bars +
    target +
    points +
    `<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#1b1f23"/>` +
    labels +
    `<text x="16" y="${M.top + 4}" transform="rotate(-90 16 ${M.top + 4})" text-anchor="end">tCO2e</text></svg>`
  )
}

/** A short hash of the chart's data, put in the image's URL so a page never shows an older chart from a cache. */
export function chartVersion(data: EmissionsChartData): string {
  let hash = 0x811c9dc5 // FNV-1a, 32 bits
  for (const char of JSON.stringify(data)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
  return (hash >>> 0).toString(36)
}
