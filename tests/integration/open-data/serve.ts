// Answers an open-data address as the server does: the proxy's rewrite of a query to its cached internal route
// (src/server/routing/list-view-path.ts, decision 0010), then that route's handler.
import { openDataViewPath } from '@/server/routing/list-view-path'
import { GET as municipalities } from '@/app/api/v1/municipalities/route'
import { GET as municipalitiesView } from '@/app/%5Fviews/api/municipalities/[view]/route'
import { GET as campaign } from '@/app/api/v1/campaigns/[slug]/route'
import { GET as campaignView } from '@/app/%5Fviews/api/campaigns/[slug]/[view]/route'
import { GET as crf } from '@/app/api/v1/municipalities/[slug]/crf/route'
import { GET as crfCsv } from '@/app/%5Fviews/api/crf-csv/[slug]/route'
import { GET as inventories } from '@/app/data/inventories.csv/route'
import { GET as inventoriesView } from '@/app/%5Fviews/data/inventories/[view]/route'

const routes: [RegExp, (request: Request, params: Record<string, string>) => Promise<Response>][] = [
  [/^\/api\/v1\/municipalities$/, () => municipalities()],
  [/^\/_views\/api\/municipalities\/(?<view>[^/]+)$/, (r, p) => municipalitiesView(r, { params: as(p) })],
  [/^\/api\/v1\/campaigns\/(?<slug>[^/]+)$/, (r, p) => campaign(r, { params: as(p) })],
  [
    /^\/_views\/api\/campaigns\/(?<slug>[^/]+)\/(?<view>[^/]+)$/,
    (r, p) => campaignView(r, { params: as(p) }),
  ],
  [/^\/api\/v1\/municipalities\/(?<slug>[^/]+)\/crf$/, (r, p) => crf(r, { params: as(p) })],
  [/^\/_views\/api\/crf-csv\/(?<slug>[^/]+)$/, (r, p) => crfCsv(r, { params: as(p) })],
  [/^\/data\/inventories\.csv$/, () => inventories()],
  [/^\/_views\/data\/inventories\/(?<view>[^/]+)$/, (r, p) => inventoriesView(r, { params: as(p) })],
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler names its own params
const as = (params: Record<string, string>) => Promise.resolve(params as any)

/** The response to a GET of `path` (with its query), through the rewrite the proxy would make. */
export async function serveOpenData(path: string): Promise<Response> {
  const url = new URL(path, 'http://localhost')
  const pathname = openDataViewPath(url.pathname, url.searchParams) ?? url.pathname
  for (const [pattern, handle] of routes) {
    const match = pathname.match(pattern)
    if (match) return handle(new Request(new URL(pathname, url)), match.groups ?? {})
  }
  throw new Error(`no open-data route for ${path}`)
}
