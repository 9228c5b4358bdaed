import 'server-only'

/**
 * The client's address for rate limits: the last X-Forwarded-For entry, which the nearest proxy
 * appended (earlier entries are whatever the client sent). Without a proxy, next start sets the header
 * from the socket only when the client did not send one, so production must run behind a proxy.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
  return (forwarded || headers.get('x-real-ip') || 'unknown').slice(0, 64)
}
