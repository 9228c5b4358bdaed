import { searchPlaces } from '@/server/pledges/search-places'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { clientIp } from '@/server/rate-limit/client-ip'
import { isAppError } from '@/server/errors'
import { jsonError } from '@/server/http/json-error'
import { findSignedPlaces } from '@/server/pledges/find-signed-places'

/** Place suggestions for the pledge form's type-ahead: GET /api/places?q=spring&state=IL */
export async function GET(request: Request) {
  const url = new URL(request.url)
  try {
    await consumeRateLimit('places-search:ip', clientIp(request.headers))
  } catch (e) {
    if (isAppError(e)) return jsonError(e)
    throw e
  }
  const places = await searchPlaces({
    q: url.searchParams.get('q') ?? '',
    state: url.searchParams.get('state') ?? undefined,
  })
  // With the pledge's campaign, say which places have already signed it (as the results page does).
  const { signed } = await findSignedPlaces({
    municipalityIds: places.map((p) => p.id),
    campaignSlug: (url.searchParams.get('campaign') ?? '').slice(0, 60),
  })
  return Response.json(
    {
      places: places.map(({ id, name, state, county }) => ({
        id,
        name,
        state,
        county,
        signed: signed.has(id),
      })),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
