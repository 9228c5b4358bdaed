import { RowsTable } from '@/components/ui/rows-table'
import { formatNumber } from '@/lib/format'
import { stateName } from '@/lib/domain/states'
import { MAP_HEIGHT, MAP_WIDTH } from './us-map-geometry'
import { bucketLabel, buckets, EMPTY_SHADE } from './us-map-scale'
import { mapVersion, summarize, type StateCount } from './us-map-svg'

export { summarize, type StateCount }

type UsMapProps = {
  /** The route that draws this map as an SVG image from the same counts (src/app/maps). */
  src: string
  title: string
  counts: StateCount[]
  /** What is counted, plural, lower case: "members", "signatories". */
  unit: string
  /** Overrides the generated text summary in the image's alt text. */
  description?: string
  /** The table with exact figures: inside a <details> (default) or always visible. */
  table?: 'details' | 'visible'
  /**
   * A clickable map: the route that draws it with a link per state (embedded as a document, decision 0026),
   * and where each state links; the table's state names link there too.
   */
  links?: { src: string; href: (state: string) => string }
}

/** States shaded by a count as a cached SVG image, with a legend and a data table. */
export function UsMap({ src, title, counts, unit, description, table = 'details', links }: UsMapProps) {
  const max = Math.max(0, ...counts.map((c) => c.count))
  const classes = buckets(max)
  const rows = counts
    .filter((c) => c.count > 0)
    .sort((a, b) => stateName(a.state).localeCompare(stateName(b.state)))
  const tableCaption = `${title}: ${unit} by state`
  const dataTable =
    rows.length === 0 ? (
      <p>No {unit} yet.</p>
    ) : (
      <RowsTable
        caption={tableCaption}
        hideCaption={table === 'details'}
        columns={[{ header: 'State' }, { header: unit[0]?.toUpperCase() + unit.slice(1), numeric: true }]}
        rows={rows.map((r) => [
          links ? { href: links.href(r.state), text: stateName(r.state) } : stateName(r.state),
          formatNumber(r.count),
        ])}
      />
    )
  return (
    <figure className="mt-4">
      {links ? (
        <>
          {/* A document of links, not inline SVG: the paths are ~40 KB that the HTML and its RSC payload would
              carry twice, and cached pages are bound by their bytes (decision 0026). */}
          <iframe
            src={`${links.src}?v=${mapVersion(counts)}`}
            title={`${title}: choose a state to see its ${unit}`}
            loading="lazy"
            className="aspect-[975/610] h-auto w-full max-w-3xl border-0"
          />
          <p className="mt-2 max-w-3xl">{description ?? summarize(counts, unit)}</p>
        </>
      ) : (
        <>
          {/* An image, not inline SVG: the paths are ~40 KB that the HTML and its RSC payload would carry twice. */}
          {/* eslint-disable-next-line @next/next/no-img-element -- a vector image: next/image has nothing to optimise */}
          <img
            src={`${src}?v=${mapVersion(counts)}`}
            alt={`${title}. ${description ?? summarize(counts, unit)}`}
            width={MAP_WIDTH}
            height={MAP_HEIGHT}
            loading="lazy"
            decoding="async"
            className="h-auto w-full max-w-3xl"
          />
        </>
      )}
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
