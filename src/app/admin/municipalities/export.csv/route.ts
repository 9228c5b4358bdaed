import { jsonError } from '@/server/http/json-error'
import { isAppError } from '@/server/errors'
import { streamMunicipalitiesCsv } from '@/server/municipalities/stream-municipalities-csv'

export const dynamic = 'force-dynamic'

/** The municipalities matching the admin search, as the CSV the import reads. Staff only, never cached. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams
  try {
    const body = await streamMunicipalitiesCsv({
      q: q.get('q') ?? undefined,
      state: q.get('state') ?? undefined,
      members: q.get('members') ?? undefined,
    })
    return new Response(body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="municipalities.csv"',
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (e) {
    if (isAppError(e) && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN'))
      return jsonError(e, { headers: { 'Cache-Control': 'private, no-store' } })
    throw e
  }
}
