import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'
import { buttonClass } from '@/components/content/button-styles'
import { Badge } from '@/components/ui/badge'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { formatNumber } from '@/lib/format'
import {
  ASSISTANCE_STATUS_CODES,
  ASSISTANCE_STATUS_FOR_STAFF,
  ASSISTANCE_TOPICS,
  ANSWER_WITHIN_WORKING_DAYS,
} from '@/lib/domain/assistance'
import { assistanceQueueFilterSchema } from '@/schemas/assistance'
import { first, optionalParam, parseSearchParams, type SearchParams } from '@/schemas/search-params'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listAssistanceQueue } from '@/server/assistance/list-assistance-queue'
import { AccessDenied } from '../access-denied'
import { formatDateTimeUtc } from '../date-time'

export const metadata: Metadata = { title: 'Assistance requests' }

type Props = { searchParams: Promise<SearchParams> }

const queuePageSchema = z.object({
  status: z.preprocess(first, assistanceQueueFilterSchema),
  closed: optionalParam(),
  problem: optionalParam(),
})

const FILTERS = [
  { value: 'open', label: 'Open' },
  ...ASSISTANCE_STATUS_CODES.map((s) => ({ value: s, label: ASSISTANCE_STATUS_FOR_STAFF[s] })),
  { value: 'all', label: 'All' },
]

export default async function AssistanceQueuePage({ searchParams }: Props) {
  if (!(await requirePagePermission('assistance.answer', '/admin/assistance'))) return <AccessDenied staff />
  const query = parseSearchParams(queuePageSchema, await searchParams)
  const rows = await listAssistanceQueue({ filter: query.status })
  const flagged = rows.filter((r) => r.overdue).length
  const banner =
    query.closed === '1'
      ? 'The request is closed.'
      : query.problem === 'missing'
        ? 'That request could not be found.'
        : null
  return (
    <div>
      <h1 className="text-3xl">Assistance requests</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <p className="mt-4 max-w-3xl">
        Officials’ questions to the network’s experts, the oldest first. We answer within{' '}
        {ANSWER_WITHIN_WORKING_DAYS} working days (Monday to Friday) of a question or of the member’s latest
        reply; a request past that is flagged.
      </p>
      <form method="get" action="/admin/assistance" className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="status" className="block font-semibold">
            Show
          </label>
          <select
            id="status"
            name="status"
            defaultValue={query.status}
            className="mt-1 block rounded border-2 border-ink px-3 py-2"
          >
            {FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass.secondary}>
          Filter
        </button>
      </form>
      <p className="mt-6" data-testid="assistance-queue-count">
        {formatNumber(rows.length)} {rows.length === 1 ? 'request' : 'requests'}
        {flagged > 0 &&
          `, ${formatNumber(flagged)} not answered within ${ANSWER_WITHIN_WORKING_DAYS} working days`}
        .
      </p>
      <DataTable
        className="mt-4"
        caption="Assistance requests, the oldest first"
        hideCaption
        empty="No requests here."
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          {
            header: 'Request',
            rowHeader: true,
            cell: (r) => (
              <Link href={`/admin/assistance/${r.id}`}>
                {r.municipality}: {ASSISTANCE_TOPICS[r.topic]}
              </Link>
            ),
          },
          {
            header: 'Status',
            cell: (r) => (
              <>
                {ASSISTANCE_STATUS_FOR_STAFF[r.status]}
                {r.overdue && (
                  <Badge tone="danger" className="ml-2">
                    Overdue
                  </Badge>
                )}
              </>
            ),
          },
          { header: 'Assigned to', cell: (r) => r.assignee ?? 'No one' },
          { header: 'Asked (UTC)', cell: (r) => formatDateTimeUtc(r.createdAt) },
          { header: 'Age', cell: (r) => (r.ageDays === 1 ? '1 day' : `${r.ageDays} days`) },
          { header: 'Answer due (UTC)', cell: (r) => (r.dueBy ? formatDateTimeUtc(r.dueBy) : '—') },
        ]}
      />
    </div>
  )
}
