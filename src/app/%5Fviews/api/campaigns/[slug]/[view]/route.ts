import { getCampaignRecord } from '@/server/open-data/get-campaign-record'
import { pageParam, respondJson } from '@/app/api/v1/_lib/respond'
import { decodeViewKey } from '@/lib/view-key'

// /api/v1/campaigns/<slug>?page=, reached only through the proxy's rewrite (decision 0010), cached by tag.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Params = { params: Promise<{ slug: string; view: string }> }

export async function GET(_request: Request, { params }: Params) {
  const { slug, view } = await params
  return respondJson(() => getCampaignRecord({ slug, page: pageParam(decodeViewKey(view)) }))
}
