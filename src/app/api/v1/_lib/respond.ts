import { PUBLIC_DATA_CACHE_CONTROL } from '@/server/http/cache-control'
import { AppError, isAppError } from '@/server/errors'
import { logger } from '@/server/log'
import { jsonError } from '@/server/http/json-error'

/** A JSON API response: cacheable data, or `{ error: { code, message } }` with the error's status. */
export async function respondJson(produce: () => Promise<unknown>): Promise<Response> {
  try {
    const body = await produce()
    if (body === null) throw new AppError('NOT_FOUND')
    return Response.json(body, {
      headers: { 'Cache-Control': PUBLIC_DATA_CACHE_CONTROL, 'Access-Control-Allow-Origin': '*' },
    })
  } catch (e) {
    if (!isAppError(e)) logger('api').error({ err: e }, 'open data API request failed')
    return jsonError(isAppError(e) ? e : 'UNAVAILABLE', { headers: { 'Access-Control-Allow-Origin': '*' } })
  }
}

/** A positive whole page number from the query string; 1 when absent. */
export function pageParam(params: URLSearchParams): number {
  const raw = params.get('page')
  if (raw === null || raw === '') return 1
  if (!/^[1-9]\d{0,5}$/.test(raw))
    throw new AppError('INVALID_INPUT', 'The "page" parameter must be a whole number of 1 or more.')
  return Number(raw)
}
