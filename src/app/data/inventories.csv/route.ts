import { streamInventoriesCsv } from '@/server/open-data/stream-inventories-csv'
import { tagResponse, tags } from '@/server/cache-tags'
import { csvResponse } from '../_lib/csv-response'

// Cached, and expired when a report is verified or a member changes (invalidateMunicipality). One member's file
// (`?municipality=<slug>`) is rewritten by the proxy to app/%5Fviews/data/inventories/[view]
// (docs/decisions/0010-cached-list-views.md).
export const revalidate = 3600

/** Verified inventories of every member. */
export async function GET() {
  await tagResponse(tags.members)
  return csvResponse((await streamInventoriesCsv({}))!, 'inventories.csv')
}
