import { scaleBand, scaleLinear } from 'd3-scale'
import { line, stack } from 'd3-shape'
import { GPC_SECTORS, type GpcSectorCode } from '@/lib/domain/gpc'
import { formatNumber } from '@/lib/format'

// Each colour has at least 3:1 contrast with white (WCAG 1.4.11); the legend and table carry the meaning.
const SECTOR_COLOURS: Record<GpcSectorCode, string> = {
  STATIONARY_ENERGY: '#1d6b3f',
  TRANSPORTATION: '#1f5fa8',
  WASTE: '#8a5a00',
  IPPU: '#7b3f98',
  AFOLU: '#b3261e',
}
const PATH_COLOUR = '#1b1f23'

export type EmissionsChartProps = {
  id: string
  title: string
  description: string
  sectors: string[]
  years: { year: number; bySector: Record<string, number | null> }[]
  /** The target path, one point a year; drawn as a dashed line to the target year. */
  path?: { year: number; value: number }[]
}

const W = 720
const H = 360
const M = { top: 16, right: 16, bottom: 36, left: 84 }

function yearRange(years: number[]): number[] {
  const out: number[] = []
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(y)
  return out
}

function Legend({ sectors, showPath }: { sectors: string[]; showPath: boolean }) {
  return (
    <figcaption>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {sectors.map((s) => (
          <li key={s} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-4"
              style={{ background: SECTOR_COLOURS[s as GpcSectorCode] ?? '#4a5560' }}
            />
            {GPC_SECTORS[s as GpcSectorCode] ?? s}
          </li>
        ))}
        {showPath && (
          <li className="flex items-center gap-2">
            <svg aria-hidden="true" width="32" height="8">
              <line x1="0" x2="32" y1="4" y2="4" stroke={PATH_COLOUR} strokeWidth={3} strokeDasharray="8 5" />
            </svg>
            Target path
          </li>
        )}
      </ul>
      <p className="sr-only">The same figures are in the table below.</p>
    </figcaption>
  )
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })

/** Stacked bars of verified emissions by GPC sector per year, with the target path; rendered on the server. */
export function EmissionsChart({ id, title, description, sectors, years, path = [] }: EmissionsChartProps) {
  const allYears = yearRange([...years.map((y) => y.year), ...path.map((p) => p.year)])
  if (allYears.length === 0) return null
  const rows = years.map((y) => ({
    year: y.year,
    ...Object.fromEntries(sectors.map((s) => [s, y.bySector[s] ?? 0])),
  }))
  const series = stack<Record<string, number>>().keys(sectors)(rows)
  const max = Math.max(1, ...series.flatMap((s) => s.map((d) => d[1])), ...path.map((p) => p.value))
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
  return (
    <figure className="mt-4">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-3xl"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {y.ticks(5).map((t) => (
          <g key={t} transform={`translate(0 ${y(t)})`}>
            <line x1={M.left} x2={W - M.right} stroke="#d0d5da" />
            <text x={M.left - 8} dy="0.32em" textAnchor="end" fontSize="13" fill="#1b1f23">
              {compact.format(t)}
            </text>
          </g>
        ))}
        {series.map((s) => (
          <g key={s.key} fill={SECTOR_COLOURS[s.key as GpcSectorCode] ?? '#4a5560'}>
            {s.map((d) => (
              <rect
                key={d.data.year}
                x={x(Number(d.data.year))}
                y={y(d[1])}
                width={x.bandwidth()}
                height={Math.max(0, y(d[0]) - y(d[1]))}
              />
            ))}
          </g>
        ))}
        {pathLine && (
          <path d={pathLine} fill="none" stroke={PATH_COLOUR} strokeWidth={3} strokeDasharray="8 5" />
        )}
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke="#1b1f23" />
        {allYears.map((yr, i) =>
          i % labelEvery === 0 || yr === allYears.at(-1) ? (
            <text
              key={yr}
              x={(x(yr) ?? 0) + x.bandwidth() / 2}
              y={H - M.bottom + 20}
              textAnchor="middle"
              fontSize="13"
            >
              {yr}
            </text>
          ) : null,
        )}
        <text x={16} y={M.top + 4} fontSize="13" transform={`rotate(-90 16 ${M.top + 4})`} textAnchor="end">
          tCO2e
        </text>
      </svg>
      <Legend sectors={sectors} showPath={path.length > 0} />
    </figure>
  )
}

export const formatTonnes = (n: number | null) => (n === null ? '—' : formatNumber(Math.round(n)))
