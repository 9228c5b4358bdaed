import type { Metadata } from 'next'
import Link from 'next/link'
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
  if (read.access === 'not-member')
    return (
      <ResourcePage r={r}>
        <section
          aria-labelledby="access-heading"
          className="mt-8 max-w-3xl rounded border border-gray-300 p-4"
        >
          <h2 id="access-heading" className="text-2xl">
            Your account is not confirmed yet
          </h2>
          <p className="mt-2">
            This guide is for officials of member municipalities and network staff. You are signed in, but no
            municipality has confirmed you as its official yet: once an official of your municipality or the
            network&rsquo;s staff confirms you, this page shows it.
          </p>
          <p className="mt-2">
            <Link href="/portal">Go to your portal</Link>
          </p>
        </section>
      </ResourcePage>
    )
  return (
    <ResourcePage r={r}>
      <ResourceBody slug={r.slug} content={read.content} />
    </ResourcePage>
  )
}
