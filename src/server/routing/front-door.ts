// The filtered views of the directory, the campaign pages and the Solutions Gateway, and the open data's queries,
// routed by `scripts/server.mjs` before Next.js sees the request (decision 0010, "At the front door"): the same
// rewrite as the proxy's, without the proxy's pass, which halved these views' throughput. Plain functions of the
// request line, loaded by the server with tsx; the proxy still rewrites whatever this leaves: other methods, the
// library's, events' and site search's views, the client router's RSC requests (Next.js answers them with
// redirects and headers naming the address, which must stay the public one) and `next dev` (no front door).
import { listViewPath, openDataViewPath } from './list-view-path'

/** The lists whose internal views are not refused when addressed directly (the proxy refuses the others'). */
const LISTS = /^\/(?:members|solutions|campaigns\/[a-z0-9-]{1,200})$/

type RequestLine = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }

/**
 * The internal address to serve a document or file request from (GET or HEAD, `url` a path and query as the
 * request line has it), or null to leave the request as it came.
 */
export function frontDoorPath({ method, url, headers }: RequestLine): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || !url || headers.rsc !== undefined) return null
  const queryAt = url.indexOf('?')
  if (queryAt === -1) return null
  const pathname = url.slice(0, queryAt)
  const search = new URLSearchParams(url.slice(queryAt + 1))
  if (search.has('_rsc')) return null
  if (LISTS.test(pathname)) return listViewPath(pathname, search)
  if (pathname.startsWith('/api/v1/') || pathname.startsWith('/data/'))
    return openDataViewPath(pathname, search)
  return null
}
