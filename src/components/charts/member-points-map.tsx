import { MAP_HEIGHT, MAP_WIDTH } from './us-map-geometry'
import { pointsSummary, pointsVersion, type MemberPoint } from './member-points-svg'

type MemberPointsMapProps = {
  /** The route that draws these points as an SVG image (src/app/maps/locations). */
  src: string
  title: string
  points: MemberPoint[]
  /** What is shown, plural, lower case: "members", "signatories". */
  unit: string
  /** The list of the same places: the map's text equivalent. */
  list: { href: string; text: string }
}

/** A dot for each place as a cached SVG image, with a one-line summary that links to the list of the places. */
export function MemberPointsMap({ src, title, points, unit, list }: MemberPointsMapProps) {
  const summary = pointsSummary(points, unit)
  return (
    <figure className="mt-4">
      {/* eslint-disable-next-line @next/next/no-img-element -- a vector image: next/image has nothing to optimise */}
      <img
        src={`${src}?v=${pointsVersion(points)}`}
        alt={`${title}: ${summary}, a dot for each.`}
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        loading="lazy"
        decoding="async"
        className="h-auto w-full max-w-3xl"
      />
      <figcaption className="mt-2" data-testid="locations-summary">
        {summary}; <a href={list.href}>{list.text}</a>.
      </figcaption>
    </figure>
  )
}
