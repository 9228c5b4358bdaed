import { NextResponse, type NextRequest } from 'next/server'
import { refusedPath } from '@/lib/refused-path'
import {
  INVALID_CALCULATOR_VIEW,
  calculatorViewPath,
  listViewPath,
  openDataViewPath,
} from '@/server/routing/list-view-path'
import { outageResponse } from '@/server/outage/outage-response'
import { contentSecurityPolicy, createNonce } from '@/csp/policy.mjs'
import { env } from '@/lib/env'
import { isSameOriginRequest } from '@/lib/request-origin'
import { CALCULATOR_PATH } from '@/schemas/target-calculator'

// A first filter only: it sees whether a session cookie is present, nothing more. Every admin page
// and server action checks the user and role on the server (a proxy can be bypassed: CVE-2025-29927).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/

// Next.js answers a path it cannot percent-decode (a cut-off sequence, a lone surrogate) with a 500, and
// renders a page for any method: both are the client's error (tests/reliability).
const PAGE_METHODS = new Set(['GET', 'HEAD', 'POST'])

const ONE_CLICK_UNSUBSCRIBE = /^\/follows\/unsubscribe\/[^/]+$/

// A NUL is refused too: PostgreSQL rejects it in a query parameter, which surfaced as a 500 on any slug.
function isDecodable(pathname: string) {
  try {
    return !decodeURIComponent(pathname).includes('\0')
  } catch {
    return false
  }
}

// A server action (the JavaScript client's Next-Action header, or a plain form post to a page). Next.js answers a
// cross-site one with a 500 (it compares hosts only, and trusts X-Forwarded-Host): refused here with a 403.
const MULTIPART = /^multipart\/form-data\b/i
const FORM_TYPE = /^(?:multipart\/form-data|application\/x-www-form-urlencoded|text\/plain)\b/i
function isActionPost(request: NextRequest) {
  if (request.method !== 'POST' || request.nextUrl.pathname.startsWith('/api/')) return false
  return request.headers.has('next-action') || FORM_TYPE.test(request.headers.get('content-type') ?? '')
}

// Every action of this site takes a form, which the JavaScript client sends as multipart with its arguments as a
// JSON array in field "0". Next.js answers a body it cannot decode with a 500: refused here with a 400. (A plain
// form post without JavaScript carries no Next-Action header; the pledge forms' route reads its own body.)
async function isReadableActionBody(request: NextRequest) {
  const type = request.headers.get('content-type') ?? ''
  const isAction = request.headers.has('next-action')
  if (!isAction && (!MULTIPART.test(type) || request.nextUrl.pathname.startsWith('/pledge/submit/')))
    return true
  // An action without arguments (sign out) is sent as text/plain "[]"; every action with arguments here is a form.
  if (isAction && /^text\/plain\b/i.test(type)) {
    try {
      const args: unknown = JSON.parse(await request.clone().text())
      return Array.isArray(args) && args.length === 0
    } catch {
      return false
    }
  }
  if (!MULTIPART.test(type)) return false
  try {
    const args = (await request.clone().formData()).get('0')
    return args === null || (typeof args === 'string' && Array.isArray(JSON.parse(args)))
  } catch {
    return false
  }
}

function refuse(status: 400 | 403 | 405, text: string) {
  return new NextResponse(text, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      ...(status === 405 ? { allow: 'GET, HEAD, POST' } : {}),
    },
  })
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (!isDecodable(pathname)) return refuse(400, 'The address is not valid.')
  if (!PAGE_METHODS.has(request.method) && !pathname.startsWith('/api/'))
    return refuse(405, 'This address does not take that method.')
  // RFC 8058 one-click unsubscribe (decision 0023): a mail provider POSTs from its own servers, so before the
  // same-origin check; the emailed token is the authority. The unsubscribe page's own button posts here too.
  if (request.method === 'POST' && ONE_CLICK_UNSUBSCRIBE.test(pathname))
    return NextResponse.rewrite(internalUrl(request, `${pathname}/one-click`))
  if (isActionPost(request) && !isSameOriginRequest(request.headers, env().SITE_URL))
    return refuse(403, 'Forms can only be sent from this site.')
  // Every action of this site takes a form, which the JavaScript client sends as multipart: any other body
  // is not ours, and Next.js answers the ones it cannot decode with a 500.
  if (isActionPost(request) && !(await isReadableActionBody(request)))
    return refuse(400, 'This form could not be read. Please go back and try again.')
  if (
    pathname === '/members' ||
    pathname === '/solutions' ||
    pathname === '/resources' ||
    pathname === '/events' ||
    pathname === '/search' ||
    pathname.startsWith('/campaigns/')
  )
    return listView(request)
  if (pathname.startsWith('/api/v1/') || pathname.startsWith('/data/')) return openDataView(request)
  if (pathname === CALCULATOR_PATH) return calculatorView(request)
  // The calculator's page for figures to correct is reached by the rewrite below only: from outside it would have
  // no nonce. (scripts/server.mjs answers 404 to any internal view asked for by its own address, decision 0010;
  // this is for `next dev`, which has no front door.)
  if (pathname === INVALID_CALCULATOR_VIEW) return new NextResponse('Not found', { status: 404 })
  // The page a refused form post without JavaScript is sent to (src/server/action.ts): rendered as usual,
  // answered 403 here, since Next.js renders its own 403 page only with JavaScript.
  if (pathname === '/refused')
    return withNonce(request, undefined, request.nextUrl.searchParams.get('as') === 'signed-out' ? 401 : 403)
  // Dynamic pages need the database: while it does not answer, a clear 503 (decision 0012).
  const outage = await outageResponse(request)
  if (outage) return outage
  if (!pathname.startsWith('/admin') && !pathname.startsWith('/portal')) return withNonce(request)
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))
  // A server action called by JavaScript is refused by its own guard (401, which the page shows): a redirect
  // answered to its fetch would be an unreadable response and the error page.
  if (!hasSession && !request.headers.has('next-action')) {
    // A page goes to sign in and back. A form post (no JavaScript, the session gone) goes with 303 (the
    // browser GETs, instead of posting the form again as after a 307) to /refused, answered 401.
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return NextResponse.redirect(
        new URL(refusedPath('signed-out', `${pathname}${search}`), request.url),
        303,
      )
    const signIn = new URL('/signin', request.url)
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`)
    return NextResponse.redirect(signIn)
  }
  // The admin layout reads the path to send an expired session back to the same page after sign-in.
  const headers = new Headers(request.headers)
  headers.set('x-request-path', `${pathname}${search}`)
  return withNonce(request, headers)
}

// Pages rendered for each request (and every form post, answered by a fresh render): GET of a cached page
// is left out, as that page carries the policy stored with it in the cache (decision 0013).
const PER_REQUEST_PAGE =
  /^\/(?:admin|portal|pledge|invitation|reset-password)(?:\/|$)|^\/signin(?:\/confirm)?$|^\/refused$|^\/resources\/[^/]+\/read$|^\/groups\/[^/]+\/space$|^\/events(?:\/[^/]+\/register|\/cancel\/[^/]+|\/cancelled)$|^\/asks\/(?:find|confirm\/[^/]+|confirmed)$|^\/introductions\/(?:new|answer\/[^/]+|answered)$|^\/follows\//

// A fresh nonce in the request's Content-Security-Policy, where Next.js reads it to put on the scripts it
// renders, and the same policy on the response.
function withNonce(request: NextRequest, headers?: Headers, status?: number) {
  const isRead = request.method === 'GET' || request.method === 'HEAD'
  if (
    (isRead && !PER_REQUEST_PAGE.test(request.nextUrl.pathname)) ||
    isRouteHandler(request.nextUrl.pathname)
  ) {
    return headers ? NextResponse.next({ request: { headers } }) : NextResponse.next()
  }
  const policy = contentSecurityPolicy(createNonce())
  const requestHeaders = headers ?? new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders }, ...(status && { status }) })
  response.headers.set('content-security-policy', policy)
  return response
}

// Files sent by route handlers under /admin keep their own stricter policy (an upload: a sandbox, no sources).
const isRouteHandler = (pathname: string) =>
  pathname.startsWith('/admin/uploads/') || pathname.endsWith('.csv')

// The request's own URL with another path. Next.js serves a rewrite within the process only when its origin is
// the server's own: `next start -H 127.0.0.1` breaks that (the proxy sees "localhost"), and every filtered list
// then costs a second HTTP request through the proxy. Start without -H, or with -H localhost.
function internalUrl(request: NextRequest, pathname: string) {
  const url = request.nextUrl.clone()
  url.pathname = pathname
  url.search = ''
  return url
}

// A filtered list is served by an internal route whose path holds the canonical query, so each view is
// cached like a static page (decision 0010). The router's own cache-busting parameter travels along.
function listView(request: NextRequest) {
  const target = listViewPath(request.nextUrl.pathname, request.nextUrl.searchParams)
  if (!target) return NextResponse.next()
  const url = internalUrl(request, target)
  const rsc = request.nextUrl.searchParams.get('_rsc')
  if (rsc !== null) url.searchParams.set('_rsc', rsc)
  return NextResponse.rewrite(url)
}

// An open-data request with a query (a filtered list, a page, a CSV export) is answered by an internal route
// that holds the query in its path and is cached like the lists' views (decision 0010).
function openDataView(request: NextRequest) {
  const target =
    request.method === 'GET' || request.method === 'HEAD'
      ? openDataViewPath(request.nextUrl.pathname, request.nextUrl.searchParams)
      : null
  return target ? NextResponse.rewrite(internalUrl(request, target)) : NextResponse.next()
}

// The target calculator with a query (a type chosen, figures sent) is a view like the lists' (decision 0010), cached
// per query and tagged with the member it compares. Figures to correct go to a page rendered for each request, with a
// nonce like any, answered 400: the form shows the messages, the status tells machines (App Router pages cannot set
// one themselves, decision 0008).
function calculatorView(request: NextRequest) {
  const view = calculatorViewPath(request.nextUrl.searchParams)
  if (!view) return NextResponse.next()
  const url = internalUrl(request, view.path)
  if (!view.invalid) {
    const rsc = request.nextUrl.searchParams.get('_rsc')
    if (rsc !== null) url.searchParams.set('_rsc', rsc)
    return NextResponse.rewrite(url)
  }
  url.search = request.nextUrl.search
  const policy = contentSecurityPolicy(createNonce())
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.rewrite(url, { request: { headers }, status: 400 })
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {
  matcher: [
    // Any percent-encoded path, to refuse the ones that do not decode (above).
    '/((?!_next/).*%.*)',
    '/admin/:path*',
    '/refused',
    '/portal/:path*',
    // Dynamic pages and form posts, for the database-outage 503 only (decision 0012).
    '/pledge/:path*',
    '/signin/:path*',
    '/signout',
    '/forgot-password',
    '/reset-password/:path*',
    '/invitation/:path*',
    // A members-only library entry read with the session (src/app/resources/[slug]/read).
    '/resources/:slug/read',
    // Network events rendered per request: registration (reads the session), the cancel link and its answer.
    // The list and an event's own page are cached; a kind of event is a cached view (below).
    '/events/:slug/register',
    '/events/cancel/:token',
    '/events/cancelled',
    // Residents' asks rendered per request: the place search, the emailed confirmation link and its answer.
    // The list (/asks) and each place's ask are cached.
    '/asks/find',
    '/asks/confirm/:token',
    '/asks/confirmed',
    // Brokered introductions, all rendered per request: the request form (reads the session), the emailed answer
    // link and its outcome. The profiles and solution pages that link to the form stay cached.
    '/introductions/new',
    '/introductions/answer/:token',
    '/introductions/answered',
    // Following a place: the emailed links' pages (confirm, manage, unsubscribe and its one-click POST), their answers.
    '/follows/:path*',
    '/api/pledges',
    '/api/places',
    // Only filtered views: the default /members, /solutions and campaign pages are served straight from the cache.
    { source: '/members', has: [{ type: 'query', key: 'q' }] },
    { source: '/members', has: [{ type: 'query', key: 'state' }] },
    { source: '/members', has: [{ type: 'query', key: 'campaign' }] },
    { source: '/members', has: [{ type: 'query', key: 'population' }] },
    { source: '/members', has: [{ type: 'query', key: 'stage' }] },
    { source: '/members', has: [{ type: 'query', key: 'overdue' }] },
    { source: '/members', has: [{ type: 'query', key: 'sort' }] },
    { source: '/members', has: [{ type: 'query', key: 'dir' }] },
    { source: '/members', has: [{ type: 'query', key: 'page' }] },
    { source: '/solutions', has: [{ type: 'query', key: 'q' }] },
    { source: '/solutions', has: [{ type: 'query', key: 'hazard' }] },
    { source: '/solutions', has: [{ type: 'query', key: 'sector' }] },
    { source: '/solutions', has: [{ type: 'query', key: 'cost' }] },
    { source: '/solutions', has: [{ type: 'query', key: 'page' }] },
    { source: '/resources', has: [{ type: 'query', key: 'q' }] },
    { source: '/resources', has: [{ type: 'query', key: 'topic' }] },
    { source: '/resources', has: [{ type: 'query', key: 'stage' }] },
    { source: '/resources', has: [{ type: 'query', key: 'kind' }] },
    { source: '/resources', has: [{ type: 'query', key: 'page' }] },
    { source: '/events', has: [{ type: 'query', key: 'type' }] },
    { source: '/search', has: [{ type: 'query', key: 'q' }] },
    { source: '/campaigns/:slug', has: [{ type: 'query', key: 'state' }] },
    // The open data with a query; without one, the routes are served straight from the cache.
    { source: '/api/v1/municipalities', has: [{ type: 'query', key: 'q' }] },
    { source: '/api/v1/municipalities', has: [{ type: 'query', key: 'state' }] },
    { source: '/api/v1/municipalities', has: [{ type: 'query', key: 'campaign' }] },
    { source: '/api/v1/municipalities', has: [{ type: 'query', key: 'population' }] },
    { source: '/api/v1/municipalities', has: [{ type: 'query', key: 'stage' }] },
    { source: '/api/v1/municipalities', has: [{ type: 'query', key: 'overdue' }] },
    { source: '/api/v1/municipalities', has: [{ type: 'query', key: 'sort' }] },
    { source: '/api/v1/municipalities', has: [{ type: 'query', key: 'dir' }] },
    { source: '/api/v1/municipalities', has: [{ type: 'query', key: 'page' }] },
    { source: '/api/v1/campaigns/:slug', has: [{ type: 'query', key: 'page' }] },
    { source: '/api/v1/municipalities/:slug/crf', has: [{ type: 'query', key: 'format' }] },
    { source: '/data/inventories.csv', has: [{ type: 'query', key: 'municipality' }] },
    { source: '/campaigns/:slug', has: [{ type: 'query', key: 'page' }] },
    // The target calculator with a query; the empty one is a static page. Its page for figures to correct, to
    // refuse direct requests.
    { source: '/tools/target-calculator', has: [{ type: 'query', key: 'type' }] },
    { source: '/tools/target-calculator', has: [{ type: 'query', key: 'step' }] },
    { source: '/tools/target-calculator', has: [{ type: 'query', key: 'member' }] },
    { source: '/tools/target-calculator', has: [{ type: 'query', key: 'q' }] },
    '/_views/tools/target-calculator',
    // Server actions and form posts on any page, for the cross-site check (isActionPost).
    { source: '/((?!_next/|api/).*)', has: [{ type: 'header', key: 'next-action' }] },
    {
      source: '/((?!_next/|api/).*)',
      has: [
        {
          type: 'header',
          key: 'content-type',
          value: '(?:multipart/form-data|application/x-www-form-urlencoded|text/plain).*',
        },
      ],
    },
  ],
}
