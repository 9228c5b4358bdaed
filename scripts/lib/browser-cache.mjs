// What a browser may keep of a public answer (decision 0029). Next.js dates its cached pages and their RSC payloads
// for shared caches only: `s-maxage=3600, stale-while-revalidate=31532400` (the route's revalidate, then a year).
// But stale-while-revalidate binds every cache, the browser's too, and Chromium honours it for fetch(): the router's
// prefetches and client-side moves could be answered from the browser's copy of a payload from before a staff
// edit (seen: an editor set a new hero, clicked the logo and got the old one), while the server already had the new
// page. So a browser is told to ask every time (`max-age=0`), and stale-while-revalidate, which only a CDN could use
// well, is dropped: nginx's micro-cache keeps its own rules and ignores Cache-Control (decision 0018).

const SHARED_ONLY = /(?:^|,)\s*s-maxage=/i
const HAS_MAX_AGE = /(?:^|,)\s*max-age=/i
const STALE_WHILE_REVALIDATE = /^stale-while-revalidate(?:=|$)/i

/**
 * The Cache-Control to send for `value`: unchanged unless it dates the answer for shared caches only (s-maxage
 * without max-age); then `max-age=0` first and no stale-while-revalidate. Private and no-store answers carry no
 * s-maxage, and an answer that sets its own max-age (static files, images) has chosen for browsers itself.
 */
export function browserCacheControl(value) {
  if (typeof value !== 'string' || !SHARED_ONLY.test(value) || HAS_MAX_AGE.test(value)) return value
  const directives = value
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !STALE_WHILE_REVALIDATE.test(d))
  return ['max-age=0', ...directives].join(', ')
}

/** Rewrites the answer's Cache-Control by browserCacheControl as its headers are written (every write goes through writeHead). */
export function keepBrowsersFresh(res) {
  const writeHead = res.writeHead
  res.writeHead = function (...args) {
    if (!this.headersSent) {
      const value = this.getHeader('cache-control')
      const fresh = browserCacheControl(value)
      if (fresh !== value) this.setHeader('Cache-Control', fresh)
    }
    return writeHead.apply(this, args)
  }
}
