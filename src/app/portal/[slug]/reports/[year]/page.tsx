import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ReportStatusBadge, ReportView } from '@/components/reports/report-view'
import { StatusNote } from '@/components/ui/status-note'
import { formatDate } from '@/lib/format'
import { carryFromReport, valuesFromReport } from '@/server/reports/read-report-form'
import { getReportForOfficial } from '@/server/reports/get-report-for-official'
import { PortalAccessDenied } from '../../../portal-access-denied'
import { portalData } from '../../../portal-data'
import { CsvUploadForm } from './csv-upload-form'
import { ReportForm } from './report-form'

export const metadata: Metadata = { title: 'Progress report', robots: { index: false } }

type Props = {
  params: Promise<{ slug: string; year: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, string> = {
  saved: 'Your draft has been saved. You can come back and finish it later.',
  confirmed:
    'Your draft has been saved, and the carried-over figures you confirmed are now your figures for this year.',
  imported: 'The inventory was uploaded and has replaced the figures of this draft.',
  submitted: 'Your report has been submitted. Our staff will verify it, and we will email you either way.',
}

export default async function PortalReportPage({ params, searchParams }: Props) {
  const { slug, year } = await params
  if (!/^\d{4}$/.test(year)) notFound()
  const accountingYear = Number(year)
  const path = `/portal/${slug}/reports/${year}`
  const data = await portalData(path, () => getReportForOfficial({ slug, accountingYear }))
  if (!data) return <PortalAccessDenied />
  const { municipality, report } = data
  const query = await searchParams
  const banner = Object.keys(BANNERS).find((k) => query[k] === '1')
  const editable = report.status === 'DRAFT' || report.status === 'RETURNED'
  return (
    <div className="max-w-5xl">
      <p>
        <Link href={`/portal/${slug}/reports`}>Back to the reports of {municipality.name}</Link>
      </p>
      <h1 className="mt-4 text-3xl">
        {municipality.name}: progress report {report.accountingYear}
      </h1>
      <div className="mt-3">
        <ReportStatusBadge status={report.status} />
      </div>
      {banner && <StatusNote className="mt-6">{BANNERS[banner]}</StatusNote>}
      {report.status === 'RETURNED' && report.feedback && (
        <section
          aria-labelledby="feedback-heading"
          className="mt-6 border-l-8 border-amber-600 bg-amber-50 p-4"
        >
          <h2 id="feedback-heading" className="text-xl">
            Returned by our staff: what to change
          </h2>
          <p className="mt-2 whitespace-pre-line">{report.feedback}</p>
        </section>
      )}
      {report.status === 'SUBMITTED' && (
        <p className="mt-6">
          Submitted{report.submittedAt && ` on ${formatDate(report.submittedAt)}`}. Our staff are verifying
          it; it cannot be changed meanwhile.
        </p>
      )}
      {report.status === 'VERIFIED' && (
        <p className="mt-6">
          Verified{report.verifiedAt && ` on ${formatDate(report.verifiedAt)}`} and public on{' '}
          <Link href={`/members/${slug}`}>the profile of {municipality.name}</Link>. A verified report can no
          longer be changed.
        </p>
      )}
      {editable ? (
        <>
          <section aria-labelledby="csv-heading" className="mt-8 rounded border-2 border-gray-300 p-4">
            <h2 id="csv-heading" className="text-2xl">
              Upload the inventory as CSV (optional)
            </h2>
            <p className="mt-2">
              <a href={`/portal/${slug}/reports/inventory-template.csv`} download>
                Download the inventory template (CSV)
              </a>
              , with one row per GPC sector and scope.
            </p>
            <CsvUploadForm slug={slug} year={report.accountingYear} />
          </section>
          <div className="mt-10">
            <ReportForm
              key={typeof query.v === 'string' ? query.v : 'first'}
              slug={slug}
              year={report.accountingYear}
              initial={valuesFromReport(report)}
              carry={carryFromReport(report)}
            />
          </div>
        </>
      ) : (
        <div className="mt-8">
          <ReportView report={report} />
        </div>
      )}
    </div>
  )
}
