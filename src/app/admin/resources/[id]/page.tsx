import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { DataTable } from '@/components/ui/data-table'
import { buttonClass } from '@/components/content/button-styles'
import { StatusNote } from '@/components/ui/status-note'
import { RESOURCE_KINDS } from '@/lib/domain/resources'
import { recordId } from '@/schemas/id'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import {
  getResourceForEdit,
  type ResourceForEdit,
  type ResourceRevisionSummary,
} from '@/server/resources/get-resource-for-edit'
import { listResourceOwners } from '@/server/resources/list-resource-owners'
import { AccessDenied } from '../../access-denied'
import { formatDateTimeUtc } from '../../date-time'
import {
  publishLatestResourceAction,
  restoreResourceRevisionAction,
  setResourceStatusAction,
} from '../actions'
import { ResourceForm } from '../resource-form'

export const metadata: Metadata = { title: 'Edit a guide or tool' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, string> = {
  created: 'Entry saved as a draft. Publish it to show it in the library.',
  saved: 'Changes saved.',
  draft: 'Draft saved. The library shows the published text until you publish.',
  published: 'Published. The entry is in the library now.',
  unpublished: 'The entry is no longer in the library.',
  unchanged: 'Nothing changed: the entry already had that status.',
  restored: 'The old revision is now the newest draft. Check it, then publish it to show it in the library.',
}

export default async function EditResourcePage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('resource.edit', `/admin/resources/${encodeURIComponent(id)}`)))
    return <AccessDenied staff />
  const parsed = recordId.safeParse(id)
  const [resource, owners] = parsed.success
    ? await Promise.all([getResourceForEdit({ id: parsed.data }), listResourceOwners()])
    : [null, []]
  if (!resource) {
    return (
      <div>
        <h1 className="text-3xl">Entry not found</h1>
        <p className="mt-4">
          Go back to the <Link href="/admin/resources">guides and tools</Link>.
        </p>
      </div>
    )
  }
  const done = (await searchParams).done
  const banner = typeof done === 'string' ? BANNERS[done] : undefined
  const published = resource.status === 'PUBLISHED'
  return (
    <div>
      <Breadcrumbs
        items={[{ label: 'Guides and tools', href: '/admin/resources' }, { label: resource.values.title }]}
      />
      <h1 className="text-3xl">Edit: {resource.values.title}</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Kind</dt>
        <dd>{RESOURCE_KINDS[resource.kind]}</dd>
        <dt className="font-semibold">Shown at</dt>
        <dd>
          <a href={`/resources/${resource.slug}`}>/resources/{resource.slug}</a>
        </dd>
        <dt className="font-semibold">Status</dt>
        <dd data-testid="resource-status">
          {published
            ? `Published${resource.publishedAt ? ` (first ${formatDateTimeUtc(resource.publishedAt)} UTC)` : ''}`
            : 'Draft'}
          {resource.draftWaiting && ' — the newest revision is a draft that is not published yet'}
        </dd>
      </dl>
      <ResourceForm
        id={resource.id}
        kind={resource.kind}
        defaults={resource.values}
        owners={owners}
        currentFile={resource.file?.filename}
      />
      <Publishing resource={resource} />
      {resource.kind === 'GUIDE' && <History id={resource.id} revisions={resource.revisions} />}
    </div>
  )
}

function Publishing({ resource }: { resource: ResourceForEdit }) {
  const published = resource.status === 'PUBLISHED'
  const guide = resource.kind === 'GUIDE'
  return (
    <section aria-labelledby="publishing" className="mt-10 max-w-3xl">
      <h2 id="publishing" className="text-2xl">
        Publishing
      </h2>
      {guide && resource.draftWaiting && (
        <form action={publishLatestResourceAction} className="mt-4">
          <input type="hidden" name="id" value={resource.id} />
          <p>The newest revision is a draft. Publish it as saved, without further changes:</p>
          <button type="submit" className={`${buttonClass.primary} mt-2`}>
            Publish the newest draft
          </button>
        </form>
      )}
      {(published || !guide) && (
        <form action={setResourceStatusAction} className="mt-4">
          <input type="hidden" name="id" value={resource.id} />
          <input type="hidden" name="status" value={published ? 'DRAFT' : 'PUBLISHED'} />
          <p>
            {published
              ? 'Unpublishing takes the entry out of the library; its address then answers “not found”.'
              : 'Publishing shows the entry in the library as saved.'}
          </p>
          <button type="submit" className={`${published ? buttonClass.secondary : buttonClass.primary} mt-2`}>
            {published ? 'Unpublish this entry' : 'Publish this entry'}
          </button>
        </form>
      )}
      {guide && !published && !resource.draftWaiting && (
        <p className="mt-4">Use Publish on the form above to publish the guide.</p>
      )}
    </section>
  )
}

function History({ id, revisions }: { id: string; revisions: ResourceRevisionSummary[] }) {
  return (
    <section aria-labelledby="history" className="mt-10">
      <h2 id="history" className="text-2xl">
        Revision history
      </h2>
      <p className="mt-2 max-w-3xl">
        Newest first. Restoring a revision copies it into a new draft; nothing is lost.
      </p>
      <DataTable<ResourceRevisionSummary>
        className="mt-4"
        caption="Revisions of this guide, newest first"
        hideCaption
        rows={revisions}
        rowKey={(r) => r.id}
        empty="No revisions yet."
        columns={[
          { header: 'Saved (UTC)', rowHeader: true, cell: (r) => formatDateTimeUtc(r.createdAt) },
          { header: 'By', cell: (r) => r.author },
          { header: 'Note', cell: (r) => r.note ?? '' },
          { header: 'Published', cell: (r) => (r.published ? 'Yes' : 'No (draft)') },
          {
            header: 'Actions',
            cell: (r) =>
              r.id === revisions[0]?.id ? (
                'Newest'
              ) : (
                <form action={restoreResourceRevisionAction}>
                  <input type="hidden" name="id" value={id} />
                  <input type="hidden" name="revisionId" value={r.id} />
                  <button type="submit" className="font-semibold text-brand-800 underline">
                    Restore
                    <span className="sr-only"> the revision of {formatDateTimeUtc(r.createdAt)}</span>
                  </button>
                </form>
              ),
          },
        ]}
      />
    </section>
  )
}
