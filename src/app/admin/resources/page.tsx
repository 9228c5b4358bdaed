import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { RESOURCE_KINDS } from '@/lib/domain/resources'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listResourcesForAdmin, type AdminResourceSummary } from '@/server/resources/list-resources-for-admin'
import { AccessDenied } from '../access-denied'

export const metadata: Metadata = { title: 'Guides and tools' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AdminResourcesPage({ searchParams }: Props) {
  if (!(await requirePagePermission('resource.edit', '/admin/resources'))) return <AccessDenied staff />
  const [resources, { problem }] = await Promise.all([listResourcesForAdmin(), searchParams])
  return (
    <div>
      <h1 className="text-3xl">Guides and tools</h1>
      {problem === 'missing' && (
        <StatusNote className="mt-6" tone="problem">
          That entry could not be found. Choose one from the list.
        </StatusNote>
      )}
      <p className="mt-4 max-w-3xl">
        The library at <Link href="/resources">/resources</Link>: guides written here, files to download and
        links to external tools. A new entry starts as a draft; publishing shows it in the library at once.
        Guides are due for review a year after their review date.
      </p>
      <p className="mt-4">
        <Link href="/admin/resources/new" className="font-semibold">
          Add an entry
        </Link>
      </p>
      <DataTable<AdminResourceSummary>
        className="mt-6"
        caption="All entries, drafts included, by title"
        rows={resources}
        rowKey={(r) => r.id}
        empty="No entries yet."
        columns={[
          {
            header: 'Title',
            rowHeader: true,
            cell: (r) => <Link href={`/admin/resources/${r.id}`}>{r.title}</Link>,
          },
          { header: 'Kind', cell: (r) => RESOURCE_KINDS[r.kind] },
          { header: 'Status', cell: (r) => (r.status === 'PUBLISHED' ? 'Published' : 'Draft') },
          { header: 'Owner', cell: (r) => r.owner ?? 'Nobody' },
          {
            header: 'Reviewed on',
            cell: (r) => (
              <>
                {r.reviewedOn}
                {r.reviewDue && <strong className="block text-red-700">Review due</strong>}
              </>
            ),
          },
        ]}
      />
    </div>
  )
}
