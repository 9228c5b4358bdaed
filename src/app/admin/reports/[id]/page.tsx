import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ReportStatusBadge, ReportView } from '@/components/reports/report-view'
import { isAppError } from '@/server/errors'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getReportForReview } from '@/server/reports/get-report-for-review'
import { AccessDenied } from '../../access-denied'
import { formatDateTimeUtc } from '../../date-time'
import { verifyReportAction } from '../actions'
import { ReturnForm } from '../return-form'

export const metadata: Metadata = { title: 'Verify a report' }

type Props = { params: Promise<{ id: string }> }

async function load(id: string) {
  try {
    return await getReportForReview({ reportId: id })
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  }
}

export default async function ReportReviewPage({ params }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('report.verify', `/admin/reports/${id}`))) return <AccessDenied staff />
  const report = await load(id)
  const m = report.municipality
  return (
    <div>
      <p>
        <Link href="/admin/reports">Back to the reports to verify</Link>
      </p>
      <h1 className="mt-4 text-3xl">
        {m.name}, {m.state}: progress report {report.accountingYear}
      </h1>
      <div className="mt-3">
        <ReportStatusBadge status={report.status} />
      </div>
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Submitted (UTC)</dt>
        <dd>
          {report.submittedAt ? formatDateTimeUtc(report.submittedAt.toISOString()) : 'Not submitted'}
          {report.submittedBy && ` by ${report.submittedBy.email}`}
        </dd>
        {report.reviewedAt && (
          <>
            <dt className="font-semibold">Reviewed (UTC)</dt>
            <dd>
              {formatDateTimeUtc(report.reviewedAt.toISOString())}
              {report.reviewedBy && ` by ${report.reviewedBy.email}`}
            </dd>
          </>
        )}
        {report.feedback && (
          <>
            <dt className="font-semibold">Feedback given</dt>
            <dd>{report.feedback}</dd>
          </>
        )}
        <dt className="font-semibold">Public profile</dt>
        <dd>{m.isMember ? <Link href={`/members/${m.slug}`}>{m.name}</Link> : 'Not a member'}</dd>
      </dl>
      <div className="mt-8">
        <ReportView report={report} showOrigins />
      </div>
      {report.status === 'SUBMITTED' ? (
        <section aria-labelledby="decision" className="mt-10 space-y-8 border-t-2 border-gray-300 pt-6">
          <h2 id="decision" className="text-2xl">
            Your decision
          </h2>
          <form action={verifyReportAction}>
            <input type="hidden" name="reportId" value={report.id} />
            <p className="mb-2 max-w-2xl">
              Verifying publishes the report on the municipality’s profile and updates its compliance stage.
            </p>
            <button
              type="submit"
              className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
            >
              Verify this report
            </button>
          </form>
          <div>
            <h3 className="text-xl">Return it for changes</h3>
            <div className="mt-2">
              <ReturnForm reportId={report.id} />
            </div>
          </div>
        </section>
      ) : (
        <p className="mt-10">Only submitted reports can be verified or returned.</p>
      )}
    </div>
  )
}
