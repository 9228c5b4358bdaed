import { CampaignPage, campaignMetadata, type CampaignPageProps } from '../_components/campaign-page'

export function generateMetadata() {
  return campaignMetadata('compact-of-mayors')
}

export default function Page({ searchParams }: CampaignPageProps) {
  return <CampaignPage slug="compact-of-mayors" searchParams={searchParams} />
}
