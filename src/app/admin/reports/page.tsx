import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { formatNumber } from '@/lib/format'
import { optionalParam, parseSearchParams, type SearchParams } from '@/schemas/search-params'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listReportsToVerify } from '@/server/reports/list-reports-to-verify'
import { AccessDenied } from '../access-denied'
import { formatDateTimeUtc } from '../date-time'

export const metadata: Metadata = { title: 'Reports to verify' }

type Props = { searchParams: Promise<SearchParams> }

// What the last review did, carried in the query string so the banner shows without JavaScript.
const reportQueuePageSchema = z.object({
  verified: optionalParam(),
  returned: optionalParam(),
  problem: optionalParam(),
})

function bannerText({ verified, returned, problem }: z.output<typeof reportQueuePageSchema>): string | null {
  if (verified === '1')
    return 'The report was verified. It is public now, the compliance stage is updated, and the officials have been emailed.'
  if (returned === '1')
    return 'The report was returned with your feedback, and the officials have been emailed.'
  if (problem === 'changed') return 'That report has already been reviewed, or was never submitted.'
  if (problem === 'missing') return 'That report could not be found.'
  return null
}

export default async function ReportQueuePage({ searchParams }: Props) {
  if (!(await requirePagePermission('report.verify', '/admin/reports'))) return <AccessDenied staff />
  const query = parseSearchParams(reportQueuePageSchema, await searchParams)
  const reports = await listReportsToVerify()
  const banner = bannerText(query)
  return (
    <div>
      <h1 className="text-3xl">Reports to verify</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <p className="mt-4 max-w-3xl">
        Progress reports that officials have submitted, the longest waiting first. Open one to check it, then
        verify it (it becomes public) or return it with feedback.
      </p>
      <p className="mt-6" data-testid="report-queue-count">
        {formatNumber(reports.length)} {reports.length === 1 ? 'report' : 'reports'} awaiting verification.
      </p>
      <DataTable
        className="mt-4"
        caption="Submitted progress reports"
        hideCaption
        empty="No reports are waiting."
        columns={[
          {
            header: 'Report',
            rowHeader: true,
            cell: (r) => (
              <Link href={`/admin/reports/${r.id}`}>
                {r.municipality.name}, {r.municipality.state}: {r.accountingYear}
              </Link>
            ),
          },
          {
            header: 'Level',
            cell: (r) => (r.reportingLevel === 'BASIC_PLUS' ? 'BASIC+' : (r.reportingLevel ?? '—')),
          },
          {
            header: 'Submitted (UTC)',
            cell: (r) => (r.submittedAt ? formatDateTimeUtc(r.submittedAt) : '—'),
          },
          { header: 'By', cell: (r) => r.submittedBy?.email ?? '—' },
          {
            header: 'Contents',
            cell: (r) =>
              `${r._count.inventory} inventory figures, ${r._count.hazards} hazards, ${r._count.actions} plans and actions`,
          },
        ]}
        rows={reports}
        rowKey={(r) => r.id}
      />
    </div>
  )
}
