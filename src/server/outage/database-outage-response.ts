import 'server-only'
import { env } from '@/lib/env'
import { OUTAGE_MESSAGE, OUTAGE_PARAGRAPHS, OUTAGE_RETRY_AFTER_SECONDS, OUTAGE_TITLE } from '@/lib/outage'

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A self-contained page: no stylesheet or script to fetch, readable at any zoom, in the site's colours. */
function outagePage(siteName: string) {
  const name = escapeHtml(siteName)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${OUTAGE_TITLE} · ${name}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;color:#1b1f23;background:#fff}
header{background:#175733;color:#fff;padding:1rem}
header a{color:#fff;font-weight:700;text-decoration:none}
main{max-width:40rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.75rem;line-height:1.25}
a{color:#175733}
a:focus{outline:3px solid #ffbf47;outline-offset:2px}
</style>
</head>
<body>
<header><a href="/">${name}</a></header>
<main id="main">
<h1>${OUTAGE_TITLE}</h1>
${OUTAGE_PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="/">Go to the home page</a></p>
</main>
</body>
</html>
`
}

/**
 * The 503 a request gets while the database does not answer, with Retry-After: JSON `{ error: { code, message } }`
 * under /api/, else the plain page. Route handlers answer it when a DatabaseUnavailableError reaches them.
 */
export function databaseOutageResponse(request: Request): Response {
  const headers = {
    'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
  }
  if (new URL(request.url).pathname.startsWith('/api/'))
    return Response.json(
      { error: { code: 'unavailable', message: OUTAGE_MESSAGE } },
      { status: 503, headers },
    )
  const body = request.method === 'HEAD' ? null : outagePage(env().SITE_NAME)
  return new Response(body, {
    status: 503,
    headers: {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      // No scripts, nothing fetched: only its own <style> element.
      'Content-Security-Policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
  })
}
