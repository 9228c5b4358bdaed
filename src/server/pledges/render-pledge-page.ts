import 'server-only'
import { cookies, headers } from 'next/headers'
import { isHttpsRequest } from '@/lib/request-origin'
import { PLEDGE_FLASH_COOKIE, PLEDGE_FLASH_MAX_AGE } from './pledge-flash'
import { logger } from '@/server/log'

const log = logger('pledges')

// The address this server listens on. next start and next dev record it in __NEXT_PRIVATE_ORIGIN (Next's
// own forwarded server actions call it); PORT is set by both too. Never the request's Host header,
// which the client chooses.
function ownOrigin(): string | null {
  const recorded = process.env.__NEXT_PRIVATE_ORIGIN
  if (recorded) return recorded
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null
}

const withoutFlash = (cookieHeader: string | null) =>
  (cookieHeader ?? '')
    .split(/;\s*/)
    .filter((c) => c && !c.startsWith(`${PLEDGE_FLASH_COOKIE}=`))
    .join('; ')

/**
 * Answers a plain form post with the form's page as it renders for this flash (errors, values typed), and
 * the given status: App Router pages cannot set a status of their own, so the page is fetched from this
 * same server and its HTML returned with the status. Should that fail, the flash goes to the browser as a
 * short-lived cookie and the answer is a redirect to the page: the same page, with status 200.
 */
export async function renderPledgePage({
  request,
  path,
  flash,
  status,
}: {
  request: Request
  path: string
  flash: string
  status: number
}): Promise<Response> {
  const origin = ownOrigin()
  if (origin) {
    try {
      const page = await fetch(new URL(path, origin), {
        headers: {
          cookie: [withoutFlash(request.headers.get('cookie')), `${PLEDGE_FLASH_COOKIE}=${flash}`]
            .filter(Boolean)
            .join('; '),
          accept: 'text/html',
        },
        redirect: 'manual',
        cache: 'no-store',
        signal: AbortSignal.timeout(15_000),
      })
      const location = page.headers.get('location')
      if (location) {
        const target = new URL(location, origin)
        return seeOther(`${target.pathname}${target.search}`)
      }
      return new Response(page.body, {
        status: page.ok ? status : page.status,
        headers: {
          'content-type': page.headers.get('content-type') ?? 'text/html; charset=utf-8',
          'cache-control': 'private, no-store',
        },
      })
    } catch (e) {
      log.error({ err: e }, `rendering ${path} over ${origin} failed; redirecting instead`)
    }
  }
  ;(await cookies()).set(PLEDGE_FLASH_COOKIE, flash, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttpsRequest(await headers()),
    path: '/pledge',
    maxAge: PLEDGE_FLASH_MAX_AGE,
  })
  return seeOther(path)
}

export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } })
}
