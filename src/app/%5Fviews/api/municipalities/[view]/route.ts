import { listMunicipalityRecords } from '@/server/open-data/list-municipality-records'
import { respondJson } from '@/app/api/v1/_lib/respond'
import { decodeViewKey } from '@/lib/view-key'

// /api/v1/municipalities?<filters>, reached only through the proxy's rewrite (decision 0010): answered on first
// request, then cached with the tags of the data it read until they expire. A 400 for a bad filter is cached
// too (it stays bad); a 503 never is (src/cache-handler.mjs).
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ view: string }> }) {
  const query = decodeViewKey((await params).view)
  return respondJson(() => listMunicipalityRecords({ params: query }))
}
