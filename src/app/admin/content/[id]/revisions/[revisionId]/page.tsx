import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { buttonClass } from '@/components/content/button-styles'
import { InlineDiff, LineDiffTable } from '@/components/content/diff-view'
import { recordId } from '@/schemas/content'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { compareRevisions } from '@/server/content/compare-revisions'
import { AccessDenied } from '../../../../access-denied'
import { formatDateTimeUtc } from '../../../../date-time'
import { restoreRevisionAction } from '../../../actions'

export const metadata: Metadata = { title: 'Compare revisions' }

type Props = { params: Promise<{ id: string; revisionId: string }> }

export default async function CompareRevisionPage({ params }: Props) {
  const { id, revisionId } = await params
  const path = `/admin/content/${encodeURIComponent(id)}/revisions/${encodeURIComponent(revisionId)}`
  if (!(await requirePagePermission('content.edit', path))) return <AccessDenied staff />
  const ids = [recordId.safeParse(id), recordId.safeParse(revisionId)]
  const result =
    ids[0]!.success && ids[1]!.success
      ? await compareRevisions({ pageId: ids[0]!.data, revisionId: ids[1]!.data })
      : null
  if (!result) {
    return (
      <div>
        <h1 className="text-3xl">Revision not found</h1>
        <p className="mt-4">
          There is no such revision. Go back to the <Link href="/admin/content">content pages</Link>.
        </p>
      </div>
    )
  }
  const { revision, latest } = result
  const when = `${formatDateTimeUtc(revision.createdAt)} UTC`
  return (
    <div className="max-w-5xl">
      <Breadcrumbs
        items={[
          { label: 'Content pages', href: '/admin/content' },
          { label: 'Edit page', href: `/admin/content/${result.page.id}` },
          { label: 'Compare revisions' },
        ]}
      />
      <h1 className="text-3xl">Changes since the revision of {when}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">This revision</dt>
        <dd>
          {when}, by {revision.author}
          {revision.note ? ` — “${revision.note}”` : ''}
        </dd>
        <dt className="font-semibold">Newest revision</dt>
        <dd>
          {formatDateTimeUtc(latest.createdAt)} UTC, by {latest.author}
        </dd>
      </dl>
      <p className="mt-4 max-w-3xl">
        Read from this revision to the newest: lines marked “Added” were written since, lines marked “Removed”
        were in this revision and are gone from the newest. Restoring this revision would undo these changes.
      </p>
      {result.identical ? (
        <p className="mt-6 font-semibold" role="status">
          This revision is the same as the newest one.
        </p>
      ) : (
        <>
          <h2 className="mt-8 text-2xl">Title</h2>
          <p className="mt-2" data-testid="title-diff">
            <InlineDiff parts={result.title} />
          </p>
          <h2 className="mt-8 text-2xl">Description</h2>
          <p className="mt-2">
            <InlineDiff parts={result.description} />
          </p>
          <h2 className="mt-8 text-2xl">Text</h2>
          <div className="mt-2" data-testid="body-diff">
            <LineDiffTable
              rows={result.body}
              caption="Changed lines of the text, with a few lines around each"
            />
          </div>
        </>
      )}
      <form action={restoreRevisionAction} className="mt-8">
        <input type="hidden" name="pageId" value={result.page.id} />
        <input type="hidden" name="revisionId" value={revision.id} />
        <button type="submit" className={buttonClass.primary}>
          Restore this revision as a new draft
        </button>
      </form>
      <p className="mt-4">
        <Link href={`/admin/content/${result.page.id}`}>Back to the editor</Link>
      </p>
    </div>
  )
}
