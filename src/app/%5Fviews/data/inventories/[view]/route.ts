import { streamInventoriesCsv } from '@/server/open-data/stream-inventories-csv'
import { tagResponse, tags } from '@/server/cache-tags'
import { csvResponse } from '@/app/data/_lib/csv-response'
import { decodeViewKey } from '@/lib/view-key'

// /data/inventories.csv?municipality=<slug>, reached only through the proxy's rewrite (decision 0010), cached
// with the member's tag (a verified report or an approval expires it; so does a slug becoming a member).
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export async function GET(_request: Request, { params }: { params: Promise<{ view: string }> }) {
  const slug = decodeViewKey((await params).view).get('municipality') ?? ''
  if (!/^[a-z0-9-]{1,200}$/.test(slug))
    return plain(400, 'The municipality parameter must be a member slug such as "springfield-il".\n')
  await tagResponse(tags.municipality(slug))
  const stream = await streamInventoriesCsv({ municipalitySlug: slug })
  if (!stream) return plain(404, 'No member municipality has that slug.\n')
  return csvResponse(stream, `inventories-${slug}.csv`)
}
