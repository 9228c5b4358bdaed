import { searchPlaces } from '@/server/pledges/search-places'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { clientIp } from '@/server/rate-limit/client-ip'
import { isAppError } from '@/server/errors'

/** Place suggestions for the pledge form's type-ahead: GET /api/places?q=spring&state=IL */
export async function GET(request: Request) {
  const url = new URL(request.url)
  try {
    await consumeRateLimit('places-search:ip', clientIp(request.headers))
  } catch (e) {
    if (isAppError(e)) return Response.json({ error: e.message }, { status: e.status })
    throw e
  }
  const places = await searchPlaces({
    q: url.searchParams.get('q') ?? '',
    state: url.searchParams.get('state') ?? undefined,
  })
  return Response.json(
    { places: places.map(({ id, name, state, county }) => ({ id, name, state, county })) },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
