// Whether a request comes from this site's own pages. The scheme, host and port compared are the ones
// scripts/server.mjs established (decision 0015): the connection's, or what the trusted proxies said,
// never a client's X-Forwarded-Host. Pure, so the proxy and route handlers share it.

/** The origin the request was sent to, as the trusted layer recorded it, or null when unknown. */
export function requestOrigin(headers: Headers): string | null {
  const proto = headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http'
  const host = headers.get('x-forwarded-host') || headers.get('host')
  if (!host) return null
  try {
    return new URL(`${proto}://${host}`).origin
  } catch {
    return null
  }
}

/**
 * Same-origin by Fetch Metadata where the browser sends it, and by Origin (scheme, host and port) against
 * the origin served or SITE_URL. A request with neither header is not from a current browser, so it
 * cannot be a cross-site forgery.
 */
export function isSameOriginRequest(headers: Headers, siteUrl: string): boolean {
  const fetchSite = headers.get('sec-fetch-site')
  if (fetchSite && fetchSite !== 'same-origin') return false
  const origin = headers.get('origin')
  if (origin === null) return true
  let sent: string
  try {
    sent = new URL(origin).origin // "null" (sandboxed or privacy-stripped) does not parse: refused
  } catch {
    return false
  }
  if (sent === 'null') return false
  return sent === requestOrigin(headers) || sent === new URL(siteUrl).origin
}

/** Whether the visitor reached the site over https (at the trusted proxy, or this server): cookies get Secure. */
export function isHttpsRequest(headers: Headers): boolean {
  return headers.get('x-forwarded-proto') === 'https'
}
