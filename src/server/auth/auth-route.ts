import 'server-only'
import { NextRequest } from 'next/server'
import { safeCallbackUrl } from '@/schemas/auth'
import { env } from '@/lib/env'
import { isSameOriginRequest } from '@/lib/request-origin'
import { EMAIL_PROVIDER_ID } from './auth-config'

type Handler = (request: NextRequest) => Promise<Response>
export type AuthHandlers = { GET: Handler; POST: Handler }

const LINK_CALLBACK = `/api/auth/callback/${EMAIL_PROVIDER_ID}`
const LINK_FIELDS = ['token', 'email', 'callbackUrl'] as const
const CALLBACK_COOKIE = /^(__Secure-)?authjs\.callback-url$/

// Sessions, CSRF tokens, sign-out pages: nothing Auth.js answers may be kept by a browser or a proxy.
function noStore(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('cache-control', 'no-store')
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

// Auth.js answers with absolute redirects built from the request's URL, which Next.js normalises: a visit to
// http://127.0.0.1:<port> is seen as http://localhost:<port>. A used sign-in link was then sent to another
// origin, which the CSP's form-action 'self' refuses. A redirect within the site is sent as a path instead.
async function answer(request: NextRequest, response: Promise<Response>) {
  const res = noStore(await response)
  const location = res.headers.get('location')
  if (!location) return res
  const target = new URL(location, request.nextUrl.origin)
  if (target.origin !== request.nextUrl.origin) return res
  res.headers.set('location', `${target.pathname}${target.search}${target.hash}`)
  return res
}

const seeOther = (path: string) => noStore(new Response(null, { status: 303, headers: { location: path } }))

const refused = (status: number, text: string) =>
  noStore(new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } }))

const decoded = (value: string) => {
  try {
    return decodeURIComponent(value)
  } catch {
    return '%' // not a usable callback either
  }
}

const isUsableCallback = (value: string) =>
  safeCallbackUrl(value, '') !== '' || (/^https?:\/\/[\x21-\x7e]+$/.test(value) && URL.canParse(value))

/**
 * The request with its callbackUrl (query or cookie) made safe: Auth.js answers one it cannot parse ("%",
 * "%E0%A4%A", "javascript:", a NUL) with a 500. A bad one becomes the home page; a bad cookie is dropped.
 */
async function withSafeCallbackUrl(request: NextRequest): Promise<NextRequest> {
  const url = request.nextUrl.clone()
  const asked = url.searchParams.get('callbackUrl')
  const queryOk = asked === null || safeCallbackUrl(asked, '') === asked
  const cookies = (request.headers.get('cookie') ?? '').split(';')
  const kept = cookies.filter((pair) => {
    const [name = '', ...value] = pair.trim().split('=')
    return !CALLBACK_COOKIE.test(name) || isUsableCallback(decoded(value.join('=')))
  })
  if (queryOk && kept.length === cookies.length) return request
  if (!queryOk) url.searchParams.set('callbackUrl', safeCallbackUrl(asked, '/'))
  const headers = new Headers(request.headers)
  headers.set('cookie', kept.join(';'))
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer()
  return new NextRequest(url, { method: request.method, headers, body })
}

/** The link's fields, from a query string or a posted form, each a string of sensible length. */
function linkParams(source: URLSearchParams | FormData): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of LINK_FIELDS) {
    const value = source.get(name)
    if (typeof value === 'string') params.set(name, value.slice(0, 2000))
  }
  return params
}

/**
 * The /api/auth route around Auth.js's handlers: an emailed link signs in only from its confirmation
 * page's button (a same-site POST), and every answer carries Cache-Control: no-store.
 */
export function authRoute(handlers: AuthHandlers): AuthHandlers {
  /** The confirmation page's button: Auth.js spends the link (its callback reads the fields from the query). */
  async function spendSignInLink(request: NextRequest) {
    // The confirmation page sends no referrer, so its posts carry "Origin: null": Fetch Metadata decides.
    const fetchSite = request.headers.get('sec-fetch-site')
    if (fetchSite ? fetchSite !== 'same-origin' : !isSameOriginRequest(request.headers, env().SITE_URL)) {
      return refused(403, 'Open the sign-in link from your email, then press “Sign in” on this site’s page.')
    }
    const form = await request.formData().catch(() => new FormData())
    const params = linkParams(form)
    if (!params.get('token') || !params.get('email')) return seeOther('/signin/confirm')
    const url = new URL(`${LINK_CALLBACK}?${params}`, request.nextUrl.origin)
    return answer(request, handlers.GET(new NextRequest(url, { method: 'GET', headers: request.headers })))
  }

  return {
    async GET(original) {
      const request = await withSafeCallbackUrl(original)
      // A link opened directly, or a cross-site page sending the browser here with the attacker's own
      // link, gets the confirmation page instead of a session.
      if (request.nextUrl.pathname === LINK_CALLBACK) {
        return seeOther(`/signin/confirm?${linkParams(request.nextUrl.searchParams)}`)
      }
      return answer(request, handlers.GET(request))
    },
    async POST(original) {
      const request = await withSafeCallbackUrl(original)
      const { pathname } = request.nextUrl
      // Email links are requested only through the sign-in form's server action, which checks the address
      // and applies the rate limits; Auth.js's own endpoint for it would skip both.
      if (pathname.endsWith(`/signin/${EMAIL_PROVIDER_ID}`)) return refused(404, 'Not found')
      if (pathname === LINK_CALLBACK) return spendSignInLink(request)
      return answer(request, handlers.POST(request))
    },
  }
}
