import { GPC_SECTORS, type GpcSectorCode } from '@/lib/domain/gpc'
import { formatNumber } from '@/lib/format'
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  PATH_COLOUR,
  TOTAL_COLOUR,
  chartVersion,
  sectorColour,
  type EmissionsChartData,
} from './emissions-chart-svg'

function Legend({
  sectors,
  showPath,
  totalsLabel,
}: {
  sectors: string[]
  showPath: boolean
  totalsLabel?: string
}) {
  return (
    <figcaption>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {sectors.map((s) => (
          <li key={s} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block size-4"
              style={{ background: sectorColour(s) }}
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
        {totalsLabel && (
          <li className="flex items-center gap-2">
            <svg aria-hidden="true" width="16" height="16">
              <circle cx="8" cy="8" r="6" fill={TOTAL_COLOUR} />
            </svg>
            {totalsLabel}
          </li>
        )}
      </ul>
      <p className="sr-only">The same figures are in the table below.</p>
    </figcaption>
  )
}

/**
 * Stacked bars of verified emissions by GPC sector per year, with the target path: a cached SVG image drawn
 * on the server from the same data (src is the route that draws it), a legend, and a table beside it.
 */
export function EmissionsChart({
  src,
  chart,
  totalsLabel,
}: {
  src: string
  chart: EmissionsChartData
  /** The legend's name for the chart's points, when it has any. */
  totalsLabel?: string
}) {
  return (
    <figure className="mt-4">
      {/* An image, not inline SVG: the HTML and its React payload would each carry the whole drawing. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a vector image: next/image has nothing to optimise */}
      <img
        src={`${src}${src.includes('?') ? '&' : '?'}v=${chartVersion(chart)}`}
        alt={`${chart.title}. ${chart.description}`}
        width={CHART_WIDTH}
        height={CHART_HEIGHT}
        decoding="async"
        className="h-auto w-full max-w-3xl"
      />
      <Legend
        sectors={chart.sectors}
        showPath={chart.path.length > 0}
        totalsLabel={chart.totals?.length ? totalsLabel : undefined}
      />
    </figure>
  )
}

export const formatTonnes = (n: number | null) => (n === null ? '—' : formatNumber(Math.round(n)))
