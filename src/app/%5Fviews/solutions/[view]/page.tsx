import type { Metadata } from 'next'
import { SolutionsView, solutionsMetadata } from '@/components/solutions/solutions-view'
import { parseSolutionQuery } from '@/schemas/solutions'
import { decodeViewKey } from '@/lib/view-key'

// A search or filtered view of the Solutions Gateway, reached only through the proxy's rewrite of
// /solutions?<query> (docs/decisions/0010-cached-list-views.md): rendered on first request, then cached
// until its tags expire.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ view: string }> }

export function generateMetadata(): Metadata {
  return { ...solutionsMetadata(), robots: { index: false, follow: true } }
}

export default async function SolutionsViewPage({ params }: Props) {
  return <SolutionsView query={parseSolutionQuery(decodeViewKey((await params).view))} />
}
