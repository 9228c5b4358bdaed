import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { Pagination } from '@/components/ui/pagination'
import { formatNumber } from '@/lib/format'
import { pageQuerySchema, parseSearchParams, type SearchParams } from '@/schemas/search-params'
import { AccessDenied } from '../access-denied'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listOutboxMessages, type OutboxSummary } from '@/server/outbox/list-outbox-messages'
import { outboxStatusLabel } from '@/server/outbox/outbox-status'
import { DeliveryNotice } from './delivery-notice'
import { formatDateTimeUtc } from '../date-time'

export const metadata: Metadata = { title: 'Outbox' }

type Props = { searchParams: Promise<SearchParams> }

export default async function OutboxPage({ searchParams }: Props) {
  if (!(await requirePagePermission('outbox.view', '/admin/outbox'))) return <AccessDenied staff />
  const { page } = parseSearchParams(pageQuerySchema, await searchParams)
  const { total, pageCount, messages, demoMode } = await listOutboxMessages({ page })
  return (
    <div>
      <h1 className="text-3xl">Outbox</h1>
      <DeliveryNotice demoMode={demoMode} />
      <p className="mt-4 max-w-3xl">
        Every email the site has sent or, in demo mode, would have sent. {formatNumber(total)}{' '}
        {total === 1 ? 'email' : 'emails'} in all.
      </p>
      <DataTable<OutboxSummary>
        caption={`Emails, newest first (page ${page} of ${pageCount})`}
        className="mt-6"
        rows={messages}
        rowKey={(m) => m.id}
        empty="No emails yet."
        columns={[
          { header: 'Sent (UTC)', cell: (m) => formatDateTimeUtc(m.createdAt) },
          { header: 'To', cell: (m) => m.to },
          {
            header: 'Subject',
            rowHeader: true,
            cell: (m) => <Link href={`/admin/outbox/${m.id}`}>{m.subject}</Link>,
          },
          {
            header: 'Delivery',
            cell: (m) => (
              <>
                {outboxStatusLabel[m.status]}
                {m.error && <span className="block text-sm">{m.error}</span>}
              </>
            ),
          },
        ]}
      />
      <Pagination page={page} pageCount={pageCount} basePath="/admin/outbox" label="Outbox pages" />
    </div>
  )
}
