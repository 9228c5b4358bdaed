import { streamInventoriesCsv } from '@/server/open-data/stream-inventories-csv'
import { csvResponse } from '../_lib/csv-response'

/** Verified inventories; `?municipality=<slug>` narrows the file to one member. */
export async function GET(request: Request) {
  const slug = new URL(request.url).searchParams.get('municipality') || undefined
  if (slug !== undefined && !/^[a-z0-9-]{1,200}$/.test(slug)) {
    return new Response('The municipality parameter must be a member slug such as "springfield-il".\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const stream = await streamInventoriesCsv({ municipalitySlug: slug })
  if (!stream) {
    return new Response('No member municipality has that slug.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return csvResponse(stream, slug ? `inventories-${slug}.csv` : 'inventories.csv')
}
