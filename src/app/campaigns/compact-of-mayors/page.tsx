import { CampaignPage, campaignMetadata } from '../_components/campaign-page'
import { DEFAULT_CAMPAIGN_VIEW } from '@/schemas/campaign-view'

// The default view (all signatories, page 1), served from the cache until a pledge or the page text changes.
export const revalidate = 3600

export function generateMetadata() {
  return campaignMetadata('compact-of-mayors')
}

export default function Page() {
  return <CampaignPage slug="compact-of-mayors" view={DEFAULT_CAMPAIGN_VIEW} />
}
