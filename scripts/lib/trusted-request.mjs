// The facts about a request that the client must not choose (decision 0015): its address, its scheme and host as
// the trusted proxies saw them, and whether its declared body is too large to read. Used by scripts/server.mjs
// before Next.js sees the request; the app reads only the headers set here.

// The largest body the app reads: a pledge form's oversized upload is read to its end up to 64 MB so the browser
// shows the 413 page (src/server/pledges/answer-pledge-form.ts); everything else is smaller (11 MB actions).
export const MAX_DECLARED_BODY_BYTES = 64 * 1024 * 1024

const FORWARDING_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-real-ip',
  'forwarded',
]

/** TRUST_PROXY_HOPS as a whole number 0-10 (unset: 0), or an Error naming the variable. */
export function parseTrustProxyHops(value) {
  if (value === undefined || value === '') return 0
  const n = Number(value)
  if (!/^\d+$/.test(value) || n > 10)
    return new Error(`TRUST_PROXY_HOPS: must be a whole number from 0 to 10 (got "${value}")`)
  return n
}

const list = (value) =>
  (Array.isArray(value) ? value.join(',') : (value ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)

// IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d.
const plainAddress = (a) => (a?.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : (a ?? 'unknown'))

/**
 * What the trusted layer knows of a request: `socket` is { remoteAddress, encrypted }, `headers` Node's
 * lower-cased header object, `hops` the number of proxies in front of this server that append to
 * X-Forwarded-For and set X-Forwarded-Proto/-Host (0: none, the socket is the client).
 */
export function trustedFacts({ socket, headers, hops }) {
  const chain = [...(hops > 0 ? list(headers['x-forwarded-for']) : []), plainAddress(socket.remoteAddress)]
  const address = chain[Math.max(0, chain.length - 1 - hops)]
  const ownProto = socket.encrypted ? 'https' : 'http'
  const forwardedProto = hops > 0 ? list(headers['x-forwarded-proto']).at(-1)?.toLowerCase() : undefined
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : ownProto
  const host = (hops > 0 ? list(headers['x-forwarded-host']).at(-1) : undefined) || headers.host
  return { address: address.slice(0, 64), proto, host }
}

/** Replaces whatever forwarding headers the client sent with the trusted facts, in place. */
export function applyTrustedFacts(headers, facts) {
  for (const name of FORWARDING_HEADERS) delete headers[name]
  headers['x-forwarded-for'] = facts.address
  headers['x-forwarded-proto'] = facts.proto
  if (facts.host) headers['x-forwarded-host'] = facts.host
}

/** Whether the declared Content-Length is over what the app would ever read. */
export function declaresTooLargeBody(headers, limit = MAX_DECLARED_BODY_BYTES) {
  const declared = headers['content-length']
  return declared !== undefined && /^\d+$/.test(declared) && Number(declared) > limit
}
