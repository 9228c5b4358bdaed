import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getPublishedResource } from '@/server/resources/get-published-resource'
import { readMembersResource } from '@/server/resources/read-members-resource'
import { ResourceBody, ResourcePage } from '@/components/resources/resource-page'

// A members-only entry in full, for the signed-in official or staff member of this request: rendered for
// each request (never stored in a shared cache: Next.js answers it "private, no-store").
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { index: false, follow: false } }

type Props = { params: Promise<{ slug: string }> }

export default async function MembersResourcePage({ params }: Props) {
  const { slug } = await params
  const r = await getPublishedResource({ slug })
  if (!r) notFound()
  // An entry open to all has its content on its own page.
  if (!r.membersOnly) redirect(`/resources/${r.slug}`)
  const read = await readMembersResource({ slug: r.slug })
  if (read.access === 'signed-out')
    redirect(`/signin?callbackUrl=${encodeURIComponent(`/resources/${r.slug}/read`)}`)
  if (read.access === 'not-found') notFound()
  return (
    <ResourcePage r={r}>
      <ResourceBody slug={r.slug} content={read.content} />
    </ResourcePage>
  )
}
