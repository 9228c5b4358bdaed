import 'server-only'
import { env } from '@/lib/env'

/**
 * Whether a form post comes from this site's own pages: the check Next.js makes for server actions
 * (Origin against the host served), plus Fetch Metadata where the browser sends it. A request with
 * neither header is not from a current browser, so it cannot be a cross-site forgery.
 */
export function isSameOriginRequest(headers: Headers, siteUrl = env().SITE_URL): boolean {
  const fetchSite = headers.get('sec-fetch-site')
  if (fetchSite && fetchSite !== 'same-origin') return false
  const origin = headers.get('origin')
  if (origin === null) return true
  let originUrl: URL
  try {
    originUrl = new URL(origin) // "null" (sandboxed or privacy-stripped) does not parse: refused
  } catch {
    return false
  }
  const served = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host')
  return originUrl.host === served || originUrl.origin === new URL(siteUrl).origin
}
