import { NextResponse, type NextRequest } from 'next/server'
import { isPublishedResource, type PublicResourceKind } from '@/server/routing/is-published-resource'

// A first filter only: it sees whether a session cookie is present, nothing more. Every admin page
// and server action checks the user and role on the server (a proxy can be bypassed: CVE-2025-29927).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/

// Pages under the matched prefixes that anonymous visitors must reach (the officials' sign-in, later).
const OPEN_PATHS = ['/portal/signin']

const PUBLIC_RESOURCES: [RegExp, PublicResourceKind][] = [
  [/^\/members\/([^/]+)$/, 'member'],
  [/^\/solutions\/([^/]+)$/, 'solution'],
]

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  for (const [pattern, kind] of PUBLIC_RESOURCES) {
    const slug = pathname.match(pattern)?.[1]
    if (slug === undefined) continue
    if (await isPublishedResource({ kind, slug: safeDecode(slug) })) return NextResponse.next()
    // An address no route matches renders app/not-found.tsx on the server, with status 404.
    return NextResponse.rewrite(new URL('/_no-such-page', request.url))
  }
  if (OPEN_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next()
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

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return '' // malformed escapes: no such resource
  }
}

export const config = { matcher: ['/admin/:path*', '/portal/:path*', '/members/:slug', '/solutions/:slug'] }
