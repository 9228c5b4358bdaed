import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CampaignPage, campaignMetadata } from '@/app/campaigns/_components/campaign-page'
import { isCampaignSlug } from '@/server/campaigns/campaign-slugs'
import { parseCampaignView } from '@/schemas/campaign-view'
import { decodeViewKey } from '@/lib/view-key'

// A campaign page with its signatories filtered by state or on a later page, reached only through the
// proxy's rewrite of /campaigns/<slug>?<query> (decision 0010): rendered on first request, then cached
// until its tags expire.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string; view: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  if (!isCampaignSlug(slug)) return {}
  return { ...(await campaignMetadata(slug)), robots: { index: false, follow: true } }
}

export default async function CampaignViewPage({ params }: Props) {
  const { slug, view } = await params
  if (!isCampaignSlug(slug)) notFound()
  return <CampaignPage slug={slug} view={parseCampaignView(decodeViewKey(view))} />
}
