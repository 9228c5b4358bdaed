// The filtered views of the public lists, the target calculator's and the open data's queries, routed by
// `scripts/server.mjs` before Next.js sees the request (decision 0010, "At the front door"): the same rewrite as
// the proxy's, without the proxy's pass, which halved these views' throughput. Plain functions of the request
// line, bundled by the server with esbuild at start. The proxy still rewrites whatever this leaves: other methods,
// the client router's RSC requests (Next.js answers a stale one with a redirect naming the address, which must stay
// the public one), figures to correct in the calculator (answered 400 with a nonce), and `next dev` (no front door).
import { calculatorViewPath, listViewPath, openDataViewPath } from './list-view-path'
import { CALCULATOR_PATH } from '@/schemas/target-calculator'

type RequestLine = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }

/**
 * Whether a request asks for an internal view by its own address (`/_views/…`, however encoded, in origin or absolute
 * form, with dot segments or doubled slashes): those are reached only through the rewrites, which keep their
 * canonical keys and statuses; the server answers 404.
 */
export function isInternalAddress(url: string | undefined): boolean {
  if (!url) return false
  const end = url.search(/[?#]/)
  const paths = [end === -1 ? url : url.slice(0, end)]
  try {
    paths.push(new URL(url, 'http://front.door').pathname)
  } catch {
    // Not a URL at all: Next.js refuses it.
  }
  return paths.some((path) => {
    try {
      return /^\/+_views(?:\/|$)/.test(decodeURIComponent(path))
    } catch {
      return false // not decodable: the proxy answers 400
    }
  })
}

/**
 * The internal address to serve a document or file request from (GET or HEAD, `url` a path and query as the
 * request line has it), or null to leave the request as it came.
 */
export function frontDoorPath({ method, url, headers }: RequestLine): string | null {
  if ((method !== 'GET' && method !== 'HEAD') || !url || headers.rsc !== undefined) return null
  const queryAt = url.indexOf('?')
  if (queryAt === -1 || !url.startsWith('/')) return null
  const pathname = url.slice(0, queryAt)
  const search = new URLSearchParams(url.slice(queryAt + 1))
  if (search.has('_rsc')) return null
  if (pathname === CALCULATOR_PATH) {
    const view = calculatorViewPath(search)
    return view && !view.invalid ? view.path : null
  }
  // Each answers null for an address that is not one of its own.
  return listViewPath(pathname, search) ?? openDataViewPath(pathname, search)
}
