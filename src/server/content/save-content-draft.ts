import 'server-only'
import { db, type Db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import type { ContentRevisionInput } from '@/schemas/content'
import { assertEditor } from './assert-editor'

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

/** Adds a draft revision inside a transaction; the public page is unchanged until it is published. */
export async function addDraftRevision(
  tx: Tx,
  {
    pageId,
    input,
    editor,
    now,
    published = false,
  }: {
    pageId: string
    input: ContentRevisionInput
    editor: { id: string; email: string }
    now: Date
    published?: boolean
  },
) {
  const page = await tx.contentPage.findUnique({ where: { id: pageId }, select: { id: true, slug: true } })
  if (!page) throw new AppError('NOT_FOUND')
  const revision = await tx.contentRevision.create({
    data: {
      pageId,
      title: input.title,
      description: input.description,
      body: input.body,
      note: input.note,
      authorId: editor.id,
      published,
      createdAt: now,
    },
    select: { id: true },
  })
  await recordAudit({
    client: tx,
    actor: { id: editor.id, label: editor.email },
    action: 'content.save-draft',
    entityType: 'ContentPage',
    entityId: pageId,
    after: { slug: page.slug, revisionId: revision.id, ...input },
  })
  return { revisionId: revision.id, slug: page.slug }
}

/** Saves what the editor typed as a new draft revision of the page; nothing public changes. */
export async function saveContentDraft({
  pageId,
  input,
  editor,
  now = new Date(),
}: {
  pageId: string
  input: ContentRevisionInput
  editor: { id: string }
  now?: Date
}) {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor)
    return addDraftRevision(tx, { pageId, input, editor: staff, now })
  })
}
