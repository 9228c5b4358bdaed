import { listCampaignRecords } from '@/server/open-data/list-campaign-records'
import { respondJson } from '../_lib/respond'

/** Every campaign with its signatory count. */
export function GET() {
  return respondJson(async () => ({ data: await listCampaignRecords() }))
}
