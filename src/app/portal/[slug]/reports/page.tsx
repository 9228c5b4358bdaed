import type { Metadata } from 'next'
import Link from 'next/link'
import { ReportStatusBadge } from '@/components/reports/report-view'
import { DataTable } from '@/components/ui/data-table'
import { formatDate } from '@/lib/format'
import { listMunicipalityReports } from '@/server/reports/list-municipality-reports'
import { PortalAccessDenied } from '../../portal-access-denied'
import { portalData } from '../../portal-data'
import { StartReportForm } from './start-report-form'

export const metadata: Metadata = { title: 'Progress reports', robots: { index: false } }

type Props = { params: Promise<{ slug: string }> }

export default async function PortalReportsPage({ params }: Props) {
  const { slug } = await params
  const data = await portalData(`/portal/${slug}/reports`, () => listMunicipalityReports({ slug }))
  if (!data) return <PortalAccessDenied />
  const { municipality, reports } = data
  const thisYear = new Date().getUTCFullYear()
  const latestVerified = reports.find((r) => r.status === 'VERIFIED')?.accountingYear
  // The year after the latest verified report (pre-filled from it), or last year for a first report.
  const suggestedYear = latestVerified ? Math.min(latestVerified + 1, thisYear) : thisYear - 1
  return (
    <div className="max-w-4xl">
      <p>
        <Link href={`/portal/${slug}`}>Back to {municipality.name}</Link>
      </p>
      <h1 className="mt-4 text-3xl">Progress reports of {municipality.name}</h1>
      <p className="mt-4">
        One report a year: the greenhouse gas inventory, climate hazards, and plans and actions. Drafts are
        saved as you go; once you submit a report our staff verify it and it becomes public.
      </p>
      <DataTable
        className="mt-6"
        caption="Your municipality's reports"
        empty="No reports yet."
        columns={[
          {
            header: 'Accounting year',
            rowHeader: true,
            cell: (r) => (
              <Link href={`/portal/${slug}/reports/${r.accountingYear}`}>Report {r.accountingYear}</Link>
            ),
          },
          { header: 'Status', cell: (r) => <ReportStatusBadge status={r.status} /> },
          { header: 'Last changed', cell: (r) => formatDate(new Date(r.updatedAt)) },
          { header: 'Verified', cell: (r) => (r.verifiedAt ? formatDate(new Date(r.verifiedAt)) : '—') },
        ]}
        rows={reports}
        rowKey={(r) => r.id}
      />
      <section aria-labelledby="start-heading" className="mt-10">
        <h2 id="start-heading" className="text-2xl">
          Start a report
        </h2>
        {latestVerified && (
          <p className="mt-2 max-w-3xl">
            A new report starts from your most recent verified report of an earlier year
            {latestVerified < thisYear && ` (for ${latestVerified + 1}, your ${latestVerified} report)`}: its
            inventory, hazards, and plans and actions are copied into the draft and marked “carried over”, for
            you to confirm or change.
          </p>
        )}
        <StartReportForm slug={slug} suggestedYear={suggestedYear} />
      </section>
      <section aria-labelledby="export-heading" className="mt-10">
        <h2 id="export-heading" className="text-2xl">
          Export for the Common Reporting Framework
        </h2>
        <p className="mt-2">
          Your targets and verified reports in the fields of the Common Reporting Framework, to report on to a
          recognised platform:
        </p>
        <ul className="mt-2 list-disc pl-6">
          <li>
            <a href={`/api/v1/municipalities/${slug}/crf`}>CRF export as JSON</a>
          </li>
          <li>
            <a href={`/api/v1/municipalities/${slug}/crf?format=csv`} download>
              CRF export as CSV
            </a>
          </li>
        </ul>
      </section>
    </div>
  )
}
