import type { Metadata } from 'next'
import { SiteSearchView, siteSearchMetadata } from '@/components/search/site-search-view'

// The search form alone, a static page. A search (/search?q=…) is rewritten by the proxy to
// app/%5Fviews/search/[view] and cached by the tags of what it found (docs/decisions/0010-cached-list-views.md).
export const revalidate = 3600

export const metadata: Metadata = siteSearchMetadata()

export default function SearchPage() {
  return <SiteSearchView query={{ q: '' }} />
}
