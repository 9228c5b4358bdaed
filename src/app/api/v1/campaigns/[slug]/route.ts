import { getCampaignRecord } from '@/server/open-data/get-campaign-record'
import { pageParam, respondJson } from '../../_lib/respond'

/** One campaign with a page of its signatories (`?page=`). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return respondJson(() => getCampaignRecord({ slug, page: pageParam(new URL(request.url).searchParams) }))
}
