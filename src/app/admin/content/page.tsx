import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listContentPages, type ContentPageSummary } from '@/server/content/list-content-pages'
import { AccessDenied } from '../access-denied'
import { formatDateTimeUtc } from '../date-time'

export const metadata: Metadata = { title: 'Content pages' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ContentPagesPage({ searchParams }: Props) {
  if (!(await requirePagePermission('content.edit', '/admin/content'))) return <AccessDenied staff />
  const [pages, { problem }] = await Promise.all([listContentPages(), searchParams])
  return (
    <div>
      <h1 className="text-3xl">Content pages</h1>
      {problem === 'missing' && (
        <StatusNote className="mt-6" tone="problem">
          That page or revision could not be found. It may have been removed; choose a page from the list.
        </StatusNote>
      )}
      <p className="mt-4 max-w-3xl">
        The editable text of the site: campaign stories, the commitments page, the home page introduction and
        the open data introduction. Each change is kept as a revision; the public sees a page once it is
        published.
      </p>
      <p className="mt-4">
        <Link href="/admin/content/images">Image library</Link> — upload images to use in these pages.
      </p>
      <DataTable<ContentPageSummary>
        className="mt-6"
        caption="Editable pages"
        rows={pages}
        rowKey={(p) => p.id}
        empty="There are no editable pages. Run the seed to create them."
        columns={[
          {
            header: 'Page',
            rowHeader: true,
            cell: (p) => <Link href={`/admin/content/${p.id}`}>{p.title}</Link>,
          },
          { header: 'Shown at', cell: (p) => <a href={p.publicPath}>{p.publicPath}</a> },
          {
            header: 'Status',
            cell: (p) =>
              `${p.status === 'PUBLISHED' ? 'Published' : 'Not published'}${p.hasUnpublishedDraft ? ', with an unpublished draft' : ''}`,
          },
          { header: 'Last change (UTC)', cell: (p) => formatDateTimeUtc(p.updatedAt) },
        ]}
      />
    </div>
  )
}
