import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { siteSettings } from '@/lib/site'
import { getPublishedResource } from '@/server/resources/get-published-resource'
import { MembersOnlyAccess, ResourceBody, ResourcePage } from '@/components/resources/resource-page'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first request, then served from the cache until its tags expire. The same cached page serves
// everyone, so a members-only entry shows here only what anyone may see; its content is rendered per
// request, with the session, at /resources/<slug>/read.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const r = await getPublishedResource({ slug })
  if (!r) return { title: 'Guide not found' }
  const url = `/resources/${r.slug}`
  return {
    title: r.title,
    description: r.summary,
    alternates: { canonical: url },
    openGraph: {
      title: r.title,
      description: r.summary,
      url,
      type: 'article',
      siteName: siteSettings().siteName,
    },
  }
}

export default async function ResourceDetailPage({ params }: Props) {
  const { slug } = await params
  const r = await getPublishedResource({ slug })
  if (!r) notFound()
  return (
    <ResourcePage r={r}>
      {r.content ? <ResourceBody slug={r.slug} content={r.content} /> : <MembersOnlyAccess slug={r.slug} />}
    </ResourcePage>
  )
}
