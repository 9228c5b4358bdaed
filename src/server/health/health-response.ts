import 'server-only'

/**
 * The answer of /healthz and /readyz: a status and one word, never stored by a browser or a proxy cache, and
 * nothing about the server (no version, no error text: the checks run without a session).
 */
export function healthResponse(ok: boolean): Response {
  return new Response(ok ? 'ok\n' : 'unavailable\n', {
    status: ok ? 200 : 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
