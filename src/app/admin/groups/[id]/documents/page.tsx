import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { formatDate, formatNumber } from '@/lib/format'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../../access-denied'
import { DocumentForm } from '../../document-form'
import { groupOfPage } from '../../group-admin-data'
import { GroupNotFound } from '../../group-not-found'
import { GroupTabs } from '../../group-tabs'
import { SubmitButton } from '@/components/forms/submit-button'
import { deleteDocumentAction } from '../../actions'

export const metadata: Metadata = { title: 'Group documents' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function GroupDocumentsPage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('group.edit', `/admin/groups/${encodeURIComponent(id)}/documents`)))
    return <AccessDenied staff />
  const group = await groupOfPage(id)
  if (!group) return <GroupNotFound />
  const { done } = await searchParams
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Peer groups', href: '/admin/groups' },
          { label: group.name, href: `/admin/groups/${group.id}` },
          { label: 'Documents' },
        ]}
      />
      <h1 className="text-3xl">Documents of {group.name}</h1>
      {done === 'document' && (
        <StatusNote className="mt-6">Document shared. The group’s members can download it now.</StatusNote>
      )}
      {done === 'document-deleted' && (
        <StatusNote className="mt-6">Document deleted. The group’s members no longer see it.</StatusNote>
      )}
      <GroupTabs id={group.id} slug={group.slug} />
      <DataTable
        className="mt-6"
        caption="Documents shared with the group’s members, newest first"
        rows={group.documents}
        rowKey={(d) => d.id}
        empty="No documents yet."
        columns={[
          {
            header: 'Document',
            rowHeader: true,
            cell: (d) => <a href={`/groups/${group.slug}/documents/${d.id}`}>{d.title}</a>,
          },
          {
            header: 'File',
            cell: (d) => `${d.upload.filename}, ${formatNumber(Math.ceil(d.upload.size / 1024))} KB`,
          },
          { header: 'Shared on', cell: (d) => formatDate(d.createdAt) },
          {
            header: 'Delete',
            cell: (d) => (
              <form action={deleteDocumentAction}>
                <input type="hidden" name="documentId" value={d.id} />
                <SubmitButton>
                  Delete<span className="sr-only"> {d.title}</span>
                </SubmitButton>
              </form>
            ),
          },
        ]}
      />
      <section aria-labelledby="add-document" className="mt-10">
        <h2 id="add-document" className="text-2xl">
          Share a document
        </h2>
        <DocumentForm groupId={group.id} />
      </section>
    </div>
  )
}
