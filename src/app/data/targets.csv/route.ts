import { streamTargetsCsv } from '@/server/open-data/stream-targets-csv'
import { tagResponse, tags } from '@/server/cache-tags'
import { csvResponse } from '../_lib/csv-response'

// Cached, and expired with the directory whenever a target or a member changes (invalidateProgress,
// invalidateMunicipality): docs/decisions/0010-cached-list-views.md.
export const revalidate = 3600

export async function GET() {
  await tagResponse(tags.members)
  return csvResponse(streamTargetsCsv(), 'targets.csv')
}
