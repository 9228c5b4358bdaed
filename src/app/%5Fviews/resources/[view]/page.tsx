import type { Metadata } from 'next'
import { ResourcesView, resourcesMetadata } from '@/components/resources/resources-view'
import { parseResourceQuery } from '@/schemas/resource-query'
import { decodeViewKey } from '@/lib/view-key'

// A search or filtered view of the guides and tools library, reached only through the proxy's rewrite of
// /resources?<query> (docs/decisions/0010-cached-list-views.md): rendered on first request, then cached
// until its tags expire.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ view: string }> }

export function generateMetadata(): Metadata {
  return { ...resourcesMetadata(), robots: { index: false, follow: true } }
}

export default async function ResourcesViewPage({ params }: Props) {
  return <ResourcesView query={parseResourceQuery(decodeViewKey((await params).view))} />
}
