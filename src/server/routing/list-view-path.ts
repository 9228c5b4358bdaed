// No 'server-only' marker: scripts/server.mjs loads this (through front-door.ts) outside Next.js's bundler,
// where the marker's default export throws. Nothing here is secret: it parses public addresses.
import { MUNICIPALITY_API_FILTERS, directoryParams, parseDirectoryQuery } from '@/schemas/directory'
import { campaignViewParams, parseCampaignView } from '@/schemas/campaign-view'
import { parseSolutionQuery, solutionParams } from '@/schemas/solutions'
import { parseResourceQuery, resourceParams } from '@/schemas/resource-query'
import { eventTypeFromQuery } from '@/schemas/events'
import { parseSiteSearchQuery } from '@/schemas/site-search'
import { isCampaignSlug } from '@/server/campaigns/campaign-slugs'
import { CALCULATOR_KEYS, isInvalidCalculatorQuery, parseCalculatorQuery } from '@/schemas/target-calculator'
import { canonicalQuery, encodeViewKey } from '@/lib/view-key'

/** Where the internal view routes live (app/%5Fviews): never addressed from outside. */
export const VIEWS_PREFIX = '/_views/'

/** The calculator's page for figures to correct: rendered per request with a nonce, answered 400 by the proxy. */
export const INVALID_CALCULATOR_VIEW = `${VIEWS_PREFIX}tools/target-calculator`

/**
 * The internal route that renders a filtered public list (the directory, a campaign's signatories, the
 * Solutions Gateway), or null when the address shows the default view (served by the page itself) or is
 * not a list (the guides and tools library, /resources, the network's events, /events, and the site search, /search, are ones too). Unknown or invalid parameters are dropped, as the pages would ignore them, so equivalent
 * addresses share one cached view.
 */
export function listViewPath(pathname: string, search: URLSearchParams): string | null {
  if (pathname === '/members') {
    const canonical = canonicalQuery(directoryParams(parseDirectoryQuery(search)))
    return canonical ? `${VIEWS_PREFIX}members/${encodeViewKey(canonical)}` : null
  }
  if (pathname === '/solutions') {
    const canonical = canonicalQuery(solutionParams(parseSolutionQuery(search)))
    return canonical ? `${VIEWS_PREFIX}solutions/${encodeViewKey(canonical)}` : null
  }
  if (pathname === '/resources') {
    const canonical = canonicalQuery(resourceParams(parseResourceQuery(search)))
    return canonical ? `${VIEWS_PREFIX}resources/${encodeViewKey(canonical)}` : null
  }
  if (pathname === '/search') {
    const canonical = canonicalQuery({ q: parseSiteSearchQuery(search).q })
    return canonical ? `${VIEWS_PREFIX}search/${encodeViewKey(canonical)}` : null
  }
  if (pathname === '/events') {
    const type = eventTypeFromQuery(search.get('type') ?? undefined)
    const canonical = canonicalQuery({ type: type?.toLowerCase().replace('_', '-') })
    return canonical ? `${VIEWS_PREFIX}events/${encodeViewKey(canonical)}` : null
  }
  const campaign = pathname.match(/^\/campaigns\/([a-z0-9-]+)$/)?.[1]
  if (campaign && isCampaignSlug(campaign)) {
    const canonical = canonicalQuery(campaignViewParams(parseCampaignView(search)))
    return canonical ? `${VIEWS_PREFIX}campaigns/${campaign}/${encodeViewKey(canonical)}` : null
  }
  return null
}

// The open-data API's filters, as the API reads them: kept as given (it answers 400 for a bad value, where a
// page would drop it), empty ones dropped, sorted. A value is cut at 201 characters: no valid value is that
// long (words are searched up to 100, slugs up to 200), so a cut one stays invalid and the key stays short.
const rawQuery = (search: URLSearchParams, keys: readonly string[]) =>
  canonicalQuery(Object.fromEntries(keys.map((k) => [k, search.get(k)?.slice(0, 201)])))

/**
 * The internal route that answers an open-data request carrying a query (a filtered list, a page of a
 * campaign's signatories, a CSV export or one member's file), or null when the public route answers it alone (cached as it is).
 */
export function openDataViewPath(pathname: string, search: URLSearchParams): string | null {
  if (pathname === '/api/v1/municipalities') {
    const canonical = rawQuery(search, MUNICIPALITY_API_FILTERS)
    return canonical ? `${VIEWS_PREFIX}api/municipalities/${encodeViewKey(canonical)}` : null
  }
  const campaign = pathname.match(/^\/api\/v1\/campaigns\/([a-z0-9-]{1,200})$/)?.[1]
  if (campaign) {
    const canonical = rawQuery(search, ['page'])
    return canonical ? `${VIEWS_PREFIX}api/campaigns/${campaign}/${encodeViewKey(canonical)}` : null
  }
  const crf = pathname.match(/^\/api\/v1\/municipalities\/([a-z0-9-]{1,200})\/crf$/)?.[1]
  if (crf && search.get('format') === 'csv') return `${VIEWS_PREFIX}api/crf-csv/${crf}`
  if (pathname === '/data/inventories.csv') {
    const canonical = rawQuery(search, ['municipality'])
    return canonical ? `${VIEWS_PREFIX}data/inventories/${encodeViewKey(canonical)}` : null
  }
  return null
}

/**
 * The internal route that renders the target calculator for a query. Input to correct goes to a page rendered
 * for each request, which the proxy answers with status 400 (never cached: its status would be lost); anything
 * else to a cached view keyed by the values as typed (the form shows them back), empty ones and the type
 * chooser's marker left out; null when nothing is left (the static page). `now` decides whether a base year is
 * in the future.
 */
export function calculatorViewPath(
  search: URLSearchParams,
  now = new Date(),
): { path: string; invalid: boolean } | null {
  const query = parseCalculatorQuery(search, now)
  if (isInvalidCalculatorQuery(query)) return { path: INVALID_CALCULATOR_VIEW, invalid: true }
  const values = Object.fromEntries(
    CALCULATOR_KEYS.filter((k) => k !== 'step').map((k) => [k, query.values[k]?.trim()]),
  )
  const canonical = canonicalQuery(values)
  if (!canonical) return null
  return { path: `${VIEWS_PREFIX}tools/target-calculator/${encodeViewKey(canonical)}`, invalid: false }
}
