import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { costBandLabel } from '@/schemas/solutions'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listSolutionsForAdmin, type AdminSolutionSummary } from '@/server/solutions/list-solutions-for-admin'
import { AccessDenied } from '../access-denied'
import { formatDateTimeUtc } from '../date-time'

export const metadata: Metadata = { title: 'Solutions' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AdminSolutionsPage({ searchParams }: Props) {
  if (!(await requirePagePermission('solution.edit', '/admin/solutions'))) return <AccessDenied staff />
  const [solutions, { problem }] = await Promise.all([listSolutionsForAdmin(), searchParams])
  return (
    <div>
      <h1 className="text-3xl">Solutions</h1>
      {problem === 'missing' && (
        <StatusNote className="mt-6" tone="problem">
          That solution could not be found. Choose one from the list.
        </StatusNote>
      )}
      <p className="mt-4 max-w-3xl">
        Entries of the Solutions Gateway. A new entry starts as a draft; publishing shows it on the public
        solutions pages at once.
      </p>
      <p className="mt-4">
        <Link href="/admin/solutions/new" className="font-semibold">
          Add a solution
        </Link>
      </p>
      <DataTable<AdminSolutionSummary>
        className="mt-6"
        caption="All solutions, drafts included, by title"
        rows={solutions}
        rowKey={(s) => s.id}
        empty="No solutions yet."
        columns={[
          {
            header: 'Title',
            rowHeader: true,
            cell: (s) => <Link href={`/admin/solutions/${s.id}`}>{s.title}</Link>,
          },
          { header: 'Status', cell: (s) => (s.status === 'PUBLISHED' ? 'Published' : 'Draft') },
          { header: 'Cost', cell: (s) => costBandLabel(s.costBand) },
          { header: 'Last change (UTC)', cell: (s) => formatDateTimeUtc(s.updatedAt) },
        ]}
      />
    </div>
  )
}
