import { scalePoint, scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'
import { labelledYears } from './emissions-chart-svg'
import { escapeXml } from './us-map-svg'

// Each colour has at least 3:1 contrast with white (WCAG 1.4.11); the dashes and the table carry the meaning too.
export const GROWTH_STYLES = [
  { colour: '#1b1f23', dash: '' },
  { colour: '#1d6b3f', dash: '8 5' },
  { colour: '#1f5fa8', dash: '2 4' },
  { colour: '#8a5a00', dash: '12 4 2 4' },
] as const
export const growthStyle = (i: number) => GROWTH_STYLES[i % GROWTH_STYLES.length]!

export type GrowthChartData = {
  title: string
  description: string
  periods: string[]
  /** One line per series: its running total at the end of each period. */
  series: { label: string; values: number[] }[]
}

export const GROWTH_WIDTH = 720
export const GROWTH_HEIGHT = 320
const M = { top: 16, right: 24, bottom: 36, left: 64 }
const r = (n: number) => Math.round(n * 100) / 100

/** Running totals per period as lines, one per series, as an SVG document. */
export function growthChartSvg({ title, description, periods, series }: GrowthChartData): string {
  const W = GROWTH_WIDTH
  const H = GROWTH_HEIGHT
  const max = Math.max(1, ...series.flatMap((s) => s.values))
  const x = scalePoint<string>()
    .domain(periods)
    .range([M.left, W - M.right])
    .padding(0.3)
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([H - M.bottom, M.top])
  const grid = y
    .ticks(5)
    .filter((t) => Number.isInteger(t))
    .map(
      (t) =>
        `<g transform="translate(0 ${r(y(t))})"><line x1="${M.left}" x2="${W - M.right}" stroke="#d0d5da"/>` +
        `<text x="${M.left - 8}" dy="0.32em" text-anchor="end">${t.toLocaleString('en-US')}</text></g>`,
    )
    .join('')
  const lines = series
    .map((s, i) => {
      const { colour, dash } = growthStyle(i)
      const d = line<number>()
        .x((_, j) => x(periods[j] ?? '') ?? 0)
        .y((v) => y(v))(s.values)
      return d
        ? `<path d="${d}" fill="none" stroke="${colour}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
        : ''
    })
    .join('')
  const labels = labelledYears(periods.map(Number), Math.ceil(periods.length / 12))
    .map((p) => `<text x="${r(x(String(p)) ?? 0)}" y="${H - M.bottom + 20}" text-anchor="middle">${p}</text>`)
    .join('')
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" ` +
    `aria-labelledby="title desc" font-family="system-ui, sans-serif" font-size="13" fill="#1b1f23">` +
    `<title id="title">${escapeXml(title)}</title><desc id="desc">${escapeXml(description)}</desc>` +
    grid +
    lines +
    `<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#1b1f23"/>` +
    labels +
    `</svg>`
  )
}
