import { DataTable } from '@/components/ui/data-table'
import { formatNumber } from '@/lib/format'
import { stateName } from '@/lib/domain/states'
import { MAP_HEIGHT, MAP_WIDTH, stateShapes } from './us-map-geometry'
import { bucketLabel, buckets, colorFor, EMPTY_SHADE } from './us-map-scale'

export type StateCount = { state: string; count: number }

type UsMapProps = {
  /** Unique on the page: the SVG's title and description ids derive from it. */
  id: string
  title: string
  counts: StateCount[]
  /** What is counted, plural, lower case: "members", "signatories". */
  unit: string
  /** Overrides the generated text summary read by screen readers. */
  description?: string
  /** The table with exact figures: inside a <details> (default) or always visible. */
  table?: 'details' | 'visible'
}

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

/** States shaded by a count, drawn on the server as SVG, with a legend and a data table. */
export function UsMap({ id, title, counts, unit, description, table = 'details' }: UsMapProps) {
  const byState = new Map(counts.map((c) => [c.state, c.count]))
  const max = Math.max(0, ...counts.map((c) => c.count))
  const classes = buckets(max)
  const rows = counts
    .filter((c) => c.count > 0)
    .sort((a, b) => stateName(a.state).localeCompare(stateName(b.state)))
  const tableCaption = `${title}: ${unit} by state`
  const dataTable = (
    <DataTable
      caption={tableCaption}
      hideCaption={table === 'details'}
      columns={[
        { header: 'State', cell: (r) => stateName(r.state), rowHeader: true },
        { header: unit[0]?.toUpperCase() + unit.slice(1), cell: (r) => formatNumber(r.count), numeric: true },
      ]}
      rows={rows}
      rowKey={(r) => r.state}
      empty={`No ${unit} yet.`}
    />
  )
  return (
    <figure className="mt-4">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-3xl"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description ?? summarize(counts, unit)}</desc>
        <g stroke="#6b7280" strokeWidth={0.6} strokeLinejoin="round">
          {stateShapes().map((s) => (
            <path
              key={s.code}
              d={s.d}
              fill={colorFor(byState.get(s.code) ?? 0, classes)}
              data-state={s.code}
            />
          ))}
        </g>
      </svg>
      <figcaption className="mt-2">
        <span className="sr-only">{title}. </span>
        <ul
          className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm"
          aria-label={`Legend: ${unit} per state`}
        >
          <li className="flex items-center gap-1">
            <Swatch color={EMPTY_SHADE} /> none
          </li>
          {classes.map((b) => (
            <li key={b.min} className="flex items-center gap-1">
              <Swatch color={b.color} /> {bucketLabel(b)}
            </li>
          ))}
        </ul>
      </figcaption>
      {table === 'details' ? (
        <details className="mt-3">
          <summary className="cursor-pointer">Show {unit} by state as a table</summary>
          <div className="mt-2">{dataTable}</div>
        </details>
      ) : (
        <div className="mt-3">{dataTable}</div>
      )}
    </figure>
  )
}

function Swatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-4 w-6 border border-gray-500"
      style={{ background: color }}
    />
  )
}
