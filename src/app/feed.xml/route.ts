import { PUBLIC_DATA_CACHE_CONTROL } from '@/server/http/cache-control'
import { renderAtomFeed } from '@/server/open-data/render-atom-feed'

// Rendered per request (the entries are cached by tag) so links use the running server's SITE_URL.
export const dynamic = 'force-dynamic'

/** Atom feed of new signatories and newly verified reports. */
export async function GET() {
  return new Response(await renderAtomFeed(), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': PUBLIC_DATA_CACHE_CONTROL,
    },
  })
}
