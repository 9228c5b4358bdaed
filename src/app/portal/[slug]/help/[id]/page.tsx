import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { StatusNote } from '@/components/ui/status-note'
import { Thread } from '@/components/assistance/thread'
import { formatDateTimeUtc } from '@/app/admin/date-time'
import { ASSISTANCE_STATUSES, ASSISTANCE_TOPICS, CONTACT_PREFERENCES } from '@/lib/domain/assistance'
import { optionalParam, parseSearchParams, type SearchParams } from '@/schemas/search-params'
import { getMemberRequest } from '@/server/assistance/get-member-request'
import { z } from 'zod'
import { PortalAccessDenied } from '../../../portal-access-denied'
import { portalData } from '../../../portal-data'
import { ReplyForm } from './reply-form'

export const metadata: Metadata = { title: 'Your request for help' }

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<SearchParams> }

const threadPageSchema = z.object({ asked: optionalParam(), replied: optionalParam() })

export default async function PortalHelpRequestPage({ params, searchParams }: Props) {
  const { slug, id } = await params
  const { asked, replied } = parseSearchParams(threadPageSchema, await searchParams)
  const data = await portalData(`/portal/${slug}/help/${id}`, () => getMemberRequest({ slug, requestId: id }))
  if (!data) return <PortalAccessDenied />
  const { municipality: m, request: r, messages } = data
  const banner =
    asked === '1'
      ? 'Your request has been sent. Our staff answer within 3 working days; we will email you the answer.'
      : replied === '1'
        ? 'Your reply has been sent to our staff.'
        : null
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { label: 'Your municipalities', href: '/portal' },
          { label: m.name, href: `/portal/${m.slug}` },
          { label: 'Ask the network for help', href: `/portal/${m.slug}/help` },
          { label: 'Your request' },
        ]}
      />
      {banner && <StatusNote className="mb-6">{banner}</StatusNote>}
      <h1 className="text-3xl">{ASSISTANCE_TOPICS[r.topic]}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="request-status">{ASSISTANCE_STATUSES[r.status]}</dd>
        <dt className="font-semibold">Asked by</dt>
        <dd>{r.askedBy}</dd>
        <dt className="font-semibold">Asked on (UTC)</dt>
        <dd>{formatDateTimeUtc(r.createdAt)}</dd>
        <dt className="font-semibold">Contact</dt>
        <dd>{CONTACT_PREFERENCES[r.contact]}</dd>
      </dl>
      <h2 className="mt-8 text-2xl">Conversation</h2>
      <Thread messages={messages} formatWhen={(iso) => `${formatDateTimeUtc(iso)} UTC`} />
      {r.status === 'CLOSED' ? (
        <p className="mt-8">
          Our staff closed this request. To ask something else,{' '}
          <a href={`/portal/${m.slug}/help#ask`}>ask for help again</a>.
        </p>
      ) : (
        <section aria-labelledby="reply-heading" className="mt-8">
          <h2 id="reply-heading" className="text-2xl">
            Reply
          </h2>
          <ReplyForm slug={m.slug} requestId={r.id} />
        </section>
      )}
    </div>
  )
}
