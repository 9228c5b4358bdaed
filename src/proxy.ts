import { NextResponse, type NextRequest } from 'next/server'
import { listViewPath } from '@/server/routing/list-view-path'

// A first filter only: it sees whether a session cookie is present, nothing more. Every admin page
// and server action checks the user and role on the server (a proxy can be bypassed: CVE-2025-29927).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (pathname === '/members' || pathname.startsWith('/campaigns/')) return listView(request)
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))
  if (!hasSession) {
    const signIn = new URL('/signin', request.url)
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`)
    return NextResponse.redirect(signIn)
  }
  // The admin layout reads the path to send an expired session back to the same page after sign-in.
  const headers = new Headers(request.headers)
  headers.set('x-request-path', `${pathname}${search}`)
  return NextResponse.next({ request: { headers } })
}

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

export const config = {
  matcher: [
    '/admin/:path*',
    '/portal/:path*',
    // Only filtered views: the default /members and campaign pages are served straight from the cache.
    { source: '/members', has: [{ type: 'query', key: 'q' }] },
    { source: '/members', has: [{ type: 'query', key: 'state' }] },
    { source: '/members', has: [{ type: 'query', key: 'campaign' }] },
    { source: '/members', has: [{ type: 'query', key: 'population' }] },
    { source: '/members', has: [{ type: 'query', key: 'stage' }] },
    { source: '/members', has: [{ type: 'query', key: 'overdue' }] },
    { source: '/members', has: [{ type: 'query', key: 'sort' }] },
    { source: '/members', has: [{ type: 'query', key: 'dir' }] },
    { source: '/members', has: [{ type: 'query', key: 'page' }] },
    { source: '/campaigns/:slug', has: [{ type: 'query', key: 'state' }] },
    { source: '/campaigns/:slug', has: [{ type: 'query', key: 'page' }] },
  ],
}
