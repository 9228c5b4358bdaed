import 'server-only'
import { db } from '@/server/db'
import { AppError, isUniqueViolation } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateResource } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'
import type { ResourceInput } from '@/schemas/resources'
import { addResourceRevision } from './add-resource-revision'
import {
  assertOwner,
  auditOf,
  chooseSlug,
  metadataFields,
  SLUG_TAKEN,
  writeTopicsAndSearch,
  type Tx,
} from './resource-fields'

/** An existing guide, for the draft and publish paths. */
export async function findGuide(tx: Tx, id: string) {
  const guide = await tx.resource.findUnique({ where: { id } })
  if (!guide) throw new AppError('NOT_FOUND')
  if (guide.kind !== 'GUIDE')
    throw new AppError('INVALID_INPUT', 'Only a guide has drafts', { field: 'kind' })
  return guide
}

/**
 * Saves a guide's text as a new draft revision and its details (address, topics, stages, audience, review
 * date, owner) at once. While the guide is not published its row follows the draft (nothing public changes);
 * once published the public text changes only when a revision is published.
 */
export async function saveResourceDraft({
  id,
  input,
  editor,
  now = new Date(),
}: {
  id: string
  input: ResourceInput
  editor: { id: string }
  now?: Date
}) {
  try {
    const saved = await db.$transaction(async (tx) => {
      const staff = await assertEditor(tx, editor, 'resource.edit')
      const guide = await findGuide(tx, id)
      await assertOwner(tx, input.ownerId)
      const slug = await chooseSlug(tx, input, guide)
      const published = guide.status === 'PUBLISHED'
      const words = published ? guide : input
      await tx.resource.update({
        where: { id },
        data: {
          slug,
          ...metadataFields(input),
          ...(published ? {} : { title: input.title, summary: input.summary, body: input.body }),
        },
      })
      const revision = await addResourceRevision(tx, { resourceId: id, input, authorId: staff.id, now })
      await writeTopicsAndSearch(tx, id, input, words)
      await recordAudit({
        client: tx,
        actor: { id: staff.id, label: staff.email },
        action: 'resource.save-draft',
        entityType: 'Resource',
        entityId: id,
        before: { slug: guide.slug },
        after: { ...auditOf(input, slug), revisionId: revision.id },
      })
      return { revisionId: revision.id, slug, oldSlug: guide.slug, published }
    })
    // The details (topics, audience, address) of a published guide are public at once; its text is not.
    if (saved.published) {
      invalidateResource(saved.slug)
      if (saved.oldSlug !== saved.slug) invalidateResource(saved.oldSlug)
    }
    return { revisionId: saved.revisionId, slug: saved.slug }
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', SLUG_TAKEN, { reason: 'slug-taken', field: 'slug' })
    throw e
  }
}
