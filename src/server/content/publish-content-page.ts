import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateContent } from '@/server/cache-tags'
import { contentPageSearchText } from '@/lib/domain/site-search-text'
import type { ContentRevisionInput } from '@/schemas/content'
import { assertEditor } from './assert-editor'
import { addDraftRevision } from './save-content-draft'

const same = (a: ContentRevisionInput, b: { title: string; description: string | null; body: string }) =>
  a.title === b.title && a.description === b.description && a.body === b.body

/**
 * Publishes a page: with `input`, what the editor typed (saved as a new revision when it differs from the
 * newest one); without, the newest revision. The public page shows it on the next request.
 */
export async function publishContentPage({
  pageId,
  editor,
  input,
  now = new Date(),
}: {
  pageId: string
  editor: { id: string }
  input?: ContentRevisionInput
  now?: Date
}) {
  const result = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor)
    const page = await tx.contentPage.findUnique({
      where: { id: pageId },
      include: { revisions: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 1 } },
    })
    if (!page) throw new AppError('NOT_FOUND')
    let revision = page.revisions[0] ?? null
    if (input && (!revision || !same(input, revision))) {
      const added = await addDraftRevision(tx, { pageId, input, editor: staff, now, published: true })
      revision = await tx.contentRevision.findUniqueOrThrow({ where: { id: added.revisionId } })
    } else if (revision && !revision.published) {
      await tx.contentRevision.update({ where: { id: revision.id }, data: { published: true } })
    }
    const next = revision ?? page
    await tx.contentPage.update({
      where: { id: pageId },
      data: {
        title: next.title,
        description: next.description,
        body: next.body,
        // Only the published version's words are searchable: drafts live in ContentRevision.
        searchText: contentPageSearchText(next),
        status: 'PUBLISHED',
        publishedAt: now,
      },
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: 'content.publish',
      entityType: 'ContentPage',
      entityId: pageId,
      before: {
        slug: page.slug,
        status: page.status,
        title: page.title,
        description: page.description,
        body: page.body,
      },
      after: {
        slug: page.slug,
        status: 'PUBLISHED',
        revisionId: revision?.id ?? null,
        title: next.title,
        description: next.description,
        body: next.body,
      },
    })
    return { slug: page.slug, revisionId: revision?.id ?? null }
  })
  invalidateContent(result.slug)
  return result
}
