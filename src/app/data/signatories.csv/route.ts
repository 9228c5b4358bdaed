import { streamSignatoriesCsv } from '@/server/open-data/stream-signatories-csv'
import { tagResponse, tags } from '@/server/cache-tags'
import { csvResponse } from '../_lib/csv-response'

// Cached, and expired by an approval, a withdrawal, a member's or a campaign's change (invalidateMunicipality,
// invalidateCampaign): docs/decisions/0010-cached-list-views.md.
export const revalidate = 3600

export async function GET() {
  await tagResponse(tags.members, tags.campaigns)
  return csvResponse(streamSignatoriesCsv(), 'signatories.csv')
}
