import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { buttonClass } from '@/components/content/button-styles'
import { StatusNote } from '@/components/ui/status-note'
import { recordId } from '@/schemas/content'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getContentPageForEdit, type RevisionSummary } from '@/server/content/get-content-page-for-edit'
import { listImages, type ImageSummary } from '@/server/images/list-images'
import { AccessDenied } from '../../access-denied'
import { formatDateTimeUtc } from '../../date-time'
import { publishLatestAction, restoreRevisionAction, unpublishContentAction } from '../actions'
import { ContentEditor } from './content-editor'

export const metadata: Metadata = { title: 'Edit page' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, string> = {
  saved: 'Draft saved. The public page is unchanged until you publish.',
  published: 'Published. The public page shows the new text now.',
  unpublished: 'The page is no longer published. The public page shows its built-in text instead.',
  'not-published': 'The page was not published, so there was nothing to unpublish.',
  restored: 'The old revision is now the newest draft. Check it, then publish it to show it on the site.',
}

export default async function EditContentPage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('content.edit', `/admin/content/${encodeURIComponent(id)}`)))
    return <AccessDenied staff />
  const parsed = recordId.safeParse(id)
  const [page, images] = parsed.success
    ? await Promise.all([getContentPageForEdit({ id: parsed.data }), listImages({ limit: 5 })])
    : [null, []]
  if (!page) return <Missing />
  const done = (await searchParams).done
  const banner = typeof done === 'string' ? BANNERS[done] : undefined
  const latest = page.latest
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Content pages', href: '/admin/content' }, { label: latest.title }]} />
      <h1 className="text-3xl">Edit: {latest.title}</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Shown at</dt>
        <dd>
          <a href={page.publicPath}>{page.publicPath}</a>
        </dd>
        <dt className="font-semibold">Status</dt>
        <dd data-testid="page-status">
          {page.status === 'PUBLISHED'
            ? `Published${page.publishedAt ? ` ${formatDateTimeUtc(page.publishedAt)} UTC` : ''}`
            : 'Not published'}
          {!latest.published && ' — the newest revision is a draft that is not published yet'}
        </dd>
      </dl>
      <RecentImages images={images} />
      <ContentEditor
        pageId={page.id}
        defaults={{ title: latest.title, description: latest.description ?? '', body: latest.body }}
      />
      <PublishControls
        pageId={page.id}
        status={page.status}
        draftWaiting={!latest.published && latest.id !== null}
      />
      <History pageId={page.id} revisions={page.revisions} />
    </div>
  )
}

/** The newest images with the markdown that inserts each, so an editor can copy one into the text. */
function RecentImages({ images }: { images: ImageSummary[] }) {
  return (
    <details className="mt-4 max-w-4xl">
      <summary className="cursor-pointer font-semibold text-brand-800">Insert an image</summary>
      <p className="mt-2">
        Copy an image&apos;s markdown into the text where it should appear, and replace the words in square
        brackets with a description of the image. To add an image, use the{' '}
        <Link href="/admin/content/images">image library</Link>.
      </p>
      {images.length > 0 && (
        <ul className="mt-2 space-y-1">
          {images.map((i) => (
            <li key={i.id}>
              {i.filename}: <code className="break-all">![Describe the image](/images/{i.id})</code>
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}

function PublishControls({
  pageId,
  status,
  draftWaiting,
}: {
  pageId: string
  status: string
  draftWaiting: boolean
}) {
  if (!draftWaiting && status !== 'PUBLISHED') return null
  return (
    <section aria-labelledby="publishing" className="mt-10 max-w-3xl">
      <h2 id="publishing" className="text-2xl">
        Publishing
      </h2>
      {draftWaiting && (
        <form action={publishLatestAction} className="mt-4">
          <input type="hidden" name="pageId" value={pageId} />
          <p>The newest revision is a draft. Publish it as saved, without further changes:</p>
          <button type="submit" className={`${buttonClass.primary} mt-2`}>
            Publish the newest draft
          </button>
        </form>
      )}
      {status === 'PUBLISHED' && (
        <form action={unpublishContentAction} className="mt-4">
          <input type="hidden" name="pageId" value={pageId} />
          <p>
            Unpublishing takes this text off the site: campaign pages then show no story, the home,
            commitments and open data pages their short built-in text.
          </p>
          <button type="submit" className={`${buttonClass.secondary} mt-2`}>
            Unpublish this page
          </button>
        </form>
      )}
    </section>
  )
}

function History({ pageId, revisions }: { pageId: string; revisions: RevisionSummary[] }) {
  return (
    <section aria-labelledby="history" className="mt-10">
      <h2 id="history" className="text-2xl">
        Revision history
      </h2>
      <p className="mt-2 max-w-3xl">
        Newest first. Restoring a revision copies it into a new draft; nothing is lost.
      </p>
      <DataTable<RevisionSummary>
        className="mt-4"
        caption="Revisions of this page, newest first"
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
                <div className="flex flex-wrap items-center gap-3">
                  <Link href={`/admin/content/${pageId}/revisions/${r.id}`}>
                    Compare<span className="sr-only"> the revision of {formatDateTimeUtc(r.createdAt)}</span>{' '}
                    with the newest
                  </Link>
                  <form action={restoreRevisionAction}>
                    <input type="hidden" name="pageId" value={pageId} />
                    <input type="hidden" name="revisionId" value={r.id} />
                    <button type="submit" className="font-semibold text-brand-800 underline">
                      Restore
                      <span className="sr-only"> the revision of {formatDateTimeUtc(r.createdAt)}</span>
                    </button>
                  </form>
                </div>
              ),
          },
        ]}
      />
    </section>
  )
}

function Missing() {
  return (
    <div>
      <h1 className="text-3xl">Page not found</h1>
      <p className="mt-4">
        There is no such content page. Go back to the <Link href="/admin/content">content pages</Link>.
      </p>
    </div>
  )
}
