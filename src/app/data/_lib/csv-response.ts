import { PUBLIC_DATA_CACHE_CONTROL } from '@/server/http/cache-control'

/** A streamed CSV download that a browser saves under `filename`. */
export function csvResponse(body: ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': PUBLIC_DATA_CACHE_CONTROL,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
