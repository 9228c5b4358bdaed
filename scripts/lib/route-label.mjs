// The route label of a request for the metrics: the route pattern Next.js built (`/members/[slug]`), read from
// the build's routes-manifest.json, never the path a client sent. So the number of label values is the number
// of routes in the build plus three, whatever paths an attacker requests.
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** Files under /_next/ are one route each: their names are hashes, one per build. */
const NEXT_FILES = [
  ['/_next/static/', '/_next/static'],
  ['/_next/image', '/_next/image'],
  ['/_next/', '/_next'],
]

/**
 * A function from a request URL (path and query) to its route pattern; `other` for paths no route matches
 * (files in public/, addresses answered 404). `manifest` is Next.js's routes-manifest.json.
 */
export function createRouteLabeler(manifest) {
  const exact = new Map()
  for (const { page } of manifest.staticRoutes ?? []) exact.set(page, page)
  const dynamic = (manifest.dynamicRoutes ?? []).map(({ page, regex }) => [new RegExp(regex), page])
  return (url) => {
    const end = url.search(/[?#]/)
    const pathname = end === -1 ? url : url.slice(0, end)
    const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname
    const known = exact.get(trimmed)
    if (known) return known
    for (const [prefix, label] of NEXT_FILES) if (pathname.startsWith(prefix)) return label
    for (const [regex, page] of dynamic) if (regex.test(pathname)) return page
    return 'other'
  }
}

/** The labeler for the build in `distDir` (the server's working directory's, as Next.js reads it). */
export function routeLabelerFor(distDir) {
  const file = path.resolve(distDir, 'routes-manifest.json')
  return createRouteLabeler(JSON.parse(readFileSync(file, 'utf8')))
}
