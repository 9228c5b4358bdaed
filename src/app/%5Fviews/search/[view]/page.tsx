import type { Metadata } from 'next'
import { SiteSearchView, siteSearchMetadata } from '@/components/search/site-search-view'
import { parseSiteSearchQuery } from '@/schemas/site-search'
import { decodeViewKey } from '@/lib/view-key'

// One search of the whole site, reached only through the proxy's rewrite of /search?q=… (docs/decisions/
// 0010-cached-list-views.md): rendered on first request, then cached until a tag of what it shows expires.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ view: string }> }

export function generateMetadata(): Metadata {
  return { ...siteSearchMetadata(), robots: { index: false, follow: true } }
}

export default async function SiteSearchViewPage({ params }: Props) {
  return <SiteSearchView query={parseSiteSearchQuery(decodeViewKey((await params).view))} />
}
