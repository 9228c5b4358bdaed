import { listCampaignRecords } from '@/server/open-data/list-campaign-records'
import { respondJson } from '../_lib/respond'

// Static, cached with the campaigns' tag (docs/decisions/0003-caching-by-tag.md).
export const revalidate = 3600

/** Every campaign with its signatory count. */
export function GET() {
  return respondJson(async () => ({ data: await listCampaignRecords() }))
}
