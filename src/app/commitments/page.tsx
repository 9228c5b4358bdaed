import type { Metadata } from 'next'
import { getPublishedPage } from '@/server/content/get-published-page'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { Markdown } from '@/components/ui/markdown'

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const page = await getPublishedPage('commitments')
  return {
    title: page?.title ?? 'Commitments',
    description: page?.description ?? 'What the network and its members commit to.',
    alternates: { canonical: '/commitments' },
  }
}

export default async function CommitmentsPage() {
  const page = await getPublishedPage('commitments')
  const title = page?.title ?? 'Commitments'
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: title }]} />
      <h1 className="text-3xl">{title}</h1>
      {page ? (
        <Markdown source={page.body} className="mt-6" />
      ) : (
        // The header links here, so a site without this content yet still answers with a page.
        <p className="mt-6">This page is being written. Please check back soon.</p>
      )}
    </div>
  )
}
