import 'server-only'

/**
 * The client's address for rate limits. scripts/server.mjs, which every start runs through, replaces
 * X-Forwarded-For with one trusted address: the connection's, or the one TRUST_PROXY_HOPS proxies vouch
 * for (decision 0015). Whatever the client sent is gone by then.
 */
export function clientIp(headers: Headers): string {
  return (headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown').slice(0, 64)
}
