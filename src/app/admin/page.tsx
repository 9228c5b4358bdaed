import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { formatNumber } from '@/lib/format'
import { AccessDenied } from './access-denied'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getDashboardSummary, type ActivityEntry } from '@/server/admin/get-dashboard-summary'
import { formatDateTimeUtc } from './date-time'
import { can } from '@/server/auth/permissions'
import {
  summarizeIntroductions,
  type IntroductionSummary,
} from '@/server/introductions/summarize-introductions'
import {
  listResourcesDueForReview,
  type GuideDueForReview,
} from '@/server/resources/list-resources-due-for-review'

export const metadata: Metadata = { title: 'Dashboard' }

export default async function AdminDashboardPage() {
  const user = await requirePagePermission('admin.view', '/admin')
  if (!user) return <AccessDenied staff />
  const [summary, dueForReview, introductions] = await Promise.all([
    getDashboardSummary(),
    can(user.role, 'resource.edit') ? listResourcesDueForReview() : null,
    summarizeIntroductions(),
  ])
  const waiting = [
    { label: 'Pledges to review', who: 'Moderators', count: summary.pledgesToReview, href: '/admin/pledges' },
    {
      label: 'Progress reports to verify',
      who: 'Moderators',
      count: summary.reportsToVerify,
      href: '/admin/reports',
    },
    {
      label: 'Members with overdue compliance stages',
      who: 'Moderators',
      count: summary.overdueMunicipalities,
      href: '/members?overdue=1',
    },
    {
      label: 'Assistance requests not answered within 3 working days',
      who: 'Editors and moderators',
      count: summary.assistance.flagged,
      href: '/admin/assistance',
    },
  ]
  return (
    <div>
      <h1 className="text-3xl">Dashboard</h1>
      <h2 className="mt-8 text-2xl">Waiting for action</h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {waiting.map((w) => (
          <div key={w.label} className="rounded border-2 border-gray-300 p-4">
            <dt className="font-semibold">
              {w.label} <span className="block text-sm font-normal text-muted">{w.who}</span>
            </dt>
            <dd className="mt-2 text-3xl font-bold">{formatNumber(w.count)}</dd>
            <dd className="mt-1">
              <a href={w.href}>
                Open<span className="sr-only"> {w.label.toLowerCase()}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-10 text-2xl">Open assistance requests by age</h2>
      <DataTable
        caption={`Open assistance requests by how long ago they were asked (${formatNumber(summary.assistance.open)} open)`}
        className="mt-4"
        rows={summary.assistance.byAge}
        rowKey={(a) => a.label}
        columns={[
          { header: 'Asked', cell: (a) => a.label, rowHeader: true },
          { header: 'Open requests', cell: (a) => formatNumber(a.count), numeric: true },
        ]}
      />
      <p className="mt-2">
        <Link href="/admin/assistance">Open the assistance requests</Link>
      </p>
      <Introductions summary={introductions} />
      {dueForReview && <GuidesDueForReview guides={dueForReview} />}
      <h2 className="mt-10 text-2xl">Recent activity</h2>
      <DataTable<ActivityEntry>
        caption="The latest changes, newest first"
        className="mt-4"
        rows={summary.recentActivity}
        rowKey={(a) => a.id}
        empty="No changes recorded yet."
        columns={[
          { header: 'When (UTC)', cell: (a) => formatDateTimeUtc(a.createdAt), rowHeader: true },
          { header: 'Who', cell: (a) => a.actorLabel },
          { header: 'What', cell: (a) => a.action },
          { header: 'Item', cell: (a) => `${a.entityType} ${a.entityId}` },
        ]}
      />
    </div>
  )
}

/** Published guides past their yearly review, the longest overdue first (editors keep the library current). */
function GuidesDueForReview({ guides }: { guides: GuideDueForReview[] }) {
  return (
    <section aria-labelledby="guides-due">
      <h2 id="guides-due" className="mt-10 text-2xl">
        Guides due for review
      </h2>
      <DataTable<GuideDueForReview>
        caption="Published guides last reviewed more than a year ago, the oldest review first"
        className="mt-4"
        rows={guides}
        rowKey={(g) => g.id}
        empty="No guide is due for review."
        columns={[
          {
            header: 'Guide',
            cell: (g) => <Link href={`/admin/resources/${g.id}`}>{g.title}</Link>,
            rowHeader: true,
          },
          { header: 'Last reviewed', cell: (g) => g.reviewedOn },
          { header: 'Owner', cell: (g) => g.owner ?? 'Nobody' },
        ]}
      />
    </section>
  )
}

const INTRODUCTION_STATUS = {
  REQUESTED: 'Waiting for an answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  EXPIRED: 'Closed unanswered',
} as const

/** The introductions the network brokered between members (by municipality; nobody's contact). */
function Introductions({ summary }: { summary: IntroductionSummary }) {
  const { counts } = summary
  const figures = [
    { label: 'Requested', count: counts.requested + counts.accepted + counts.declined + counts.expired },
    { label: 'Waiting for an answer', count: counts.requested },
    { label: 'Accepted', count: counts.accepted },
    { label: 'Declined', count: counts.declined },
    { label: 'Closed unanswered after 14 days', count: counts.expired },
  ]
  return (
    <section aria-labelledby="introductions-heading">
      <h2 id="introductions-heading" className="mt-10 text-2xl">
        Introductions between members
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-3 lg:grid-cols-5" data-testid="introduction-counts">
        {figures.map((f) => (
          <div key={f.label} className="rounded border-2 border-gray-300 p-4">
            <dt className="font-semibold">{f.label}</dt>
            <dd className="mt-2 text-3xl font-bold">{formatNumber(f.count)}</dd>
          </div>
        ))}
      </dl>
      <DataTable
        caption="Latest introduction requests"
        className="mt-4"
        rows={summary.recent}
        rowKey={(r) => r.id}
        empty={<span>No member has asked for an introduction yet.</span>}
        columns={[
          { header: 'Asked', cell: (r) => formatDateTimeUtc(r.createdAt.toISOString()), rowHeader: true },
          { header: 'From', cell: (r) => r.from },
          { header: 'To', cell: (r) => r.to },
          { header: 'About', cell: (r) => r.solution ?? 'Their experience in general' },
          { header: 'Status', cell: (r) => INTRODUCTION_STATUS[r.status] },
        ]}
      />
    </section>
  )
}
