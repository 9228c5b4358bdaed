import type { NextRequest } from 'next/server'
import { handlers } from '@/server/auth/config'

// Auth.js answers with absolute redirects built from the request's URL, which Next.js normalises: a visit to
// http://127.0.0.1:<port> is seen as http://localhost:<port>. A used sign-in link was then sent to another
// origin, which the CSP's form-action 'self' refuses. A redirect within the site is sent as a path instead.
async function withRelativeRedirect(request: NextRequest, response: Response | Promise<Response>) {
  const answer = await response
  const location = answer.headers.get('location')
  if (!location) return answer
  const target = new URL(location, request.nextUrl.origin)
  if (target.origin !== request.nextUrl.origin) return answer
  const headers = new Headers(answer.headers)
  headers.set('location', `${target.pathname}${target.search}${target.hash}`)
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers })
}

export function GET(request: NextRequest) {
  return withRelativeRedirect(request, handlers.GET(request))
}

// Email links are requested only through the sign-in form's server action, which checks the address
// and applies the rate limits; Auth.js's own endpoint for it would skip both.
export function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith('/signin/nodemailer')) return new Response(null, { status: 404 })
  return withRelativeRedirect(request, handlers.POST(request))
}
