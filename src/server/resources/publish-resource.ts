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
} from './resource-fields'
import { findGuide } from './save-resource-draft'

const same = (a: { title: string; summary: string; body: string }, b: typeof a) =>
  a.title === b.title && a.summary === b.summary && a.body === b.body

/**
 * Publishes a guide: with `input`, what the editor typed (and its details), saved as a new revision when the
 * text differs from the newest one; without, the newest revision as saved. The library shows it at once.
 */
export async function publishResource({
  id,
  input,
  editor,
  now = new Date(),
}: {
  id: string
  input?: ResourceInput
  editor: { id: string }
  now?: Date
}) {
  try {
    const result = await db.$transaction(async (tx) => {
      const staff = await assertEditor(tx, editor, 'resource.edit')
      const guide = await findGuide(tx, id)
      const newest = await tx.resourceRevision.findFirst({
        where: { resourceId: id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      })
      let slug = guide.slug
      if (input) {
        await assertOwner(tx, input.ownerId)
        slug = await chooseSlug(tx, input, guide)
      }
      let revisionId = newest?.id ?? null
      let text = newest ?? guide
      if (input && (!newest || !same(input, newest))) {
        revisionId = (
          await addResourceRevision(tx, { resourceId: id, input, authorId: staff.id, now, published: true })
        ).id
        text = { ...guide, ...input }
      } else if (newest && !newest.published) {
        await tx.resourceRevision.update({ where: { id: newest.id }, data: { published: true } })
      }
      await tx.resource.update({
        where: { id },
        data: {
          slug,
          ...(input ? metadataFields(input) : {}),
          title: text.title,
          summary: text.summary,
          body: text.body,
          status: 'PUBLISHED',
          ...(guide.publishedAt ? {} : { publishedAt: now }),
        },
      })
      const topics =
        input?.topics ?? (await tx.resourceTopic.findMany({ where: { resourceId: id } })).map((t) => t.topic)
      const stages =
        input?.stages ?? (await tx.resourceStage.findMany({ where: { resourceId: id } })).map((s) => s.stage)
      await writeTopicsAndSearch(tx, id, { topics, stages }, text)
      await recordAudit({
        client: tx,
        actor: { id: staff.id, label: staff.email },
        action: 'resource.publish',
        entityType: 'Resource',
        entityId: id,
        before: { slug: guide.slug, status: guide.status, title: guide.title, summary: guide.summary },
        after: {
          ...(input ? auditOf(input, slug) : { slug }),
          status: 'PUBLISHED',
          revisionId,
          title: text.title,
          summary: text.summary,
        },
      })
      return { slug, oldSlug: guide.slug, revisionId }
    })
    invalidateResource(result.slug)
    if (result.oldSlug !== result.slug) invalidateResource(result.oldSlug)
    return { slug: result.slug, revisionId: result.revisionId }
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', SLUG_TAKEN, { reason: 'slug-taken', field: 'slug' })
    throw e
  }
}
