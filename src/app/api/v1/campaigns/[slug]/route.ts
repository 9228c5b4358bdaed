import { getCampaignRecord } from '@/server/open-data/get-campaign-record'
import { respondJson } from '../../_lib/respond'

// The first page of signatories: cached per campaign with its tags. `?page=` is rewritten by the proxy to
// app/%5Fviews/api/campaigns/[slug]/[view] (docs/decisions/0010-cached-list-views.md).
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

/** One campaign with a page of its signatories (`?page=`). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return respondJson(() => getCampaignRecord({ slug, page: 1 }))
}
