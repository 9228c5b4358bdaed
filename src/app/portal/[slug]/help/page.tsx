import type { Metadata } from 'next'
import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { DataTable } from '@/components/ui/data-table'
import { formatDate } from '@/lib/format'
import { ASSISTANCE_STATUSES, ASSISTANCE_TOPICS, ASSISTANCE_TOPIC_CODES } from '@/lib/domain/assistance'
import { parseSearchParams, optionalParam, type SearchParams } from '@/schemas/search-params'
import { listMemberRequests } from '@/server/assistance/list-member-requests'
import { z } from 'zod'
import { PortalBreadcrumbs } from '../../portal-breadcrumbs'
import { PortalAccessDenied } from '../../portal-access-denied'
import { portalData } from '../../portal-data'
import { AskForm } from './ask-form'

export const metadata: Metadata = { title: 'Ask the network for help' }

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

// A journey stage's link chooses the topic (?topic=INVENTORY); anything else leaves it to the official.
const helpPageSchema = z.object({ topic: optionalParam() })

export default async function PortalHelpPage({ params, searchParams }: Props) {
  const { slug } = await params
  const { topic } = parseSearchParams(helpPageSchema, await searchParams)
  const data = await portalData(`/portal/${slug}/help`, () => listMemberRequests({ slug }))
  if (!data) return <PortalAccessDenied />
  const { municipality: m, requests } = data
  const chosen = (ASSISTANCE_TOPIC_CODES as readonly string[]).includes(topic ?? '') ? topic! : ''
  return (
    <div className="max-w-4xl">
      <PortalBreadcrumbs m={m} here="Ask the network for help" />
      <h1 className="text-3xl">Ask the network for help</h1>
      <p className="mt-4 max-w-3xl">
        Our staff and partner experts help officials of {m.name} with inventories, hazards, targets, plans,
        funding and reporting. Ask a question here: we answer within 3 working days, by email or on a video
        call as you prefer, and the conversation stays on this page. You can also browse{' '}
        <Link href="/network/partners">the experts and partners directory</Link>.
      </p>
      <h2 className="mt-10 text-2xl">Your requests</h2>
      <DataTable
        className="mt-4"
        caption={`Requests for help from ${m.name}, the latest activity first`}
        empty="No one from your municipality has asked for help yet."
        rows={requests}
        rowKey={(r) => r.id}
        columns={[
          {
            header: 'Request',
            rowHeader: true,
            cell: (r) => (
              <Link href={`/portal/${m.slug}/help/${r.id}`}>
                {ASSISTANCE_TOPICS[r.topic]}:{' '}
                {r.question.length > 80 ? `${r.question.slice(0, 77)}…` : r.question}
              </Link>
            ),
          },
          { header: 'Asked by', cell: (r) => r.askedBy },
          {
            header: 'Status',
            cell: (r) => (
              <Badge
                tone={
                  r.status === 'WAITING_ON_MEMBER' ? 'info' : r.status === 'CLOSED' ? 'neutral' : 'warning'
                }
              >
                {ASSISTANCE_STATUSES[r.status]}
              </Badge>
            ),
          },
          { header: 'Last activity', cell: (r) => formatDate(new Date(r.lastActivityAt)) },
        ]}
      />
      <section aria-labelledby="ask" className="mt-10">
        <h2 id="ask" className="text-2xl">
          Ask for help
        </h2>
        <AskForm slug={m.slug} topic={chosen} />
      </section>
    </div>
  )
}
