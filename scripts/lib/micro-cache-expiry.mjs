// When nginx's micro-cache lets an answer go (decision 0018, "Expiry to the second"). nginx counts cache time in
// whole seconds, so `proxy_cache_valid 1s` kept an answer 1 to 2 s and a change could take 2 s and a render to
// show. Instead nginx sends its clock with each request (`X-Edge-Time: $msec`), and the instance answers with
// `X-Accel-Expires: @<the second, by nginx's clock, in which the answer was written>`: nginx keeps it until that
// second ends, at most 1 s. Clocks of different machines never meet: the instance adds only the time it took,
// measured on its own clock. Never later than the instance's own next second, whatever the header says: a client
// that reaches an instance directly, or an nginx that does not replace the header, cannot keep a page longer.

const EDGE_TIME = /^\d{9,11}(?:\.\d{1,3})?$/

/**
 * From the request's `X-Edge-Time` (seconds since the epoch, milliseconds after the point, as nginx's `$msec`),
 * a function that gives the `X-Accel-Expires` value when the answer is written; null when there is none to give.
 */
export function microCacheExpiry(edgeTime, now = Date.now) {
  if (typeof edgeTime !== 'string' || !EDGE_TIME.test(edgeTime)) return null
  const edgeMs = Number(edgeTime) * 1000
  const arrived = now()
  return () => {
    const written = now()
    const second = Math.floor((edgeMs + (written - arrived)) / 1000)
    return `@${Math.min(second, Math.floor(written / 1000) + 1)}`
  }
}

/**
 * Sets `X-Accel-Expires` on a GET or HEAD answer as its headers are written, when a trusted proxy (TRUST_PROXY_HOPS
 * > 0) sent its clock. Every way Node writes headers (`end`, `write`, `flushHeaders`) goes through `writeHead`.
 */
export function expireAtEdgeClock(req, res, hops) {
  if (hops < 1 || (req.method !== 'GET' && req.method !== 'HEAD')) return
  const expiry = microCacheExpiry(req.headers['x-edge-time'])
  if (!expiry) return
  const writeHead = res.writeHead
  res.writeHead = function (...args) {
    if (!this.headersSent) this.setHeader('X-Accel-Expires', expiry())
    return writeHead.apply(this, args)
  }
}
