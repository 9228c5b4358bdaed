import { CampaignPage, campaignMetadata, type CampaignPageProps } from '../_components/campaign-page'

export function generateMetadata() {
  return campaignMetadata('rc4a')
}

export default function Page({ searchParams }: CampaignPageProps) {
  return <CampaignPage slug="rc4a" searchParams={searchParams} />
}
