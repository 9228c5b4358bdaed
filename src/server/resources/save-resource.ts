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
import { checkResourceFile, storeResourceFile } from './store-resource-file'

/**
 * Creates a library entry of any kind (as a draft; a guide's text becomes its first revision), or updates a
 * file or a link (a guide's later changes are revisions: saveResourceDraft, publishResource). A file entry
 * takes the checked bytes of `file` (required to create, optional after: the old file stays). A published
 * entry's change shows at once.
 */
export async function saveResource({
  id,
  input,
  file,
  editor,
  now = new Date(),
}: {
  id?: string
  input: ResourceInput
  file?: { bytes: Uint8Array; filename: string }
  editor: { id: string }
  now?: Date
}) {
  const checked = file && file.bytes.length > 0 ? await checkResourceFile(file) : undefined
  try {
    const saved = await db.$transaction(async (tx) => {
      const staff = await assertEditor(tx, editor, 'resource.edit')
      const before = id
        ? await tx.resource.findUnique({ where: { id }, include: { topics: true, stages: true } })
        : null
      if (id && !before) throw new AppError('NOT_FOUND')
      if (before && before.kind !== input.kind)
        throw new AppError('INVALID_INPUT', 'An entry’s kind cannot change', { field: 'kind' })
      if (before?.kind === 'GUIDE')
        throw new Error('A guide’s text is saved as a revision: saveResourceDraft')
      if (input.kind === 'FILE' && !checked && !before?.uploadId)
        throw new AppError('INVALID_INPUT', 'Select the file to upload', { field: 'file' })
      await assertOwner(tx, input.ownerId)
      const slug = await chooseSlug(tx, input, before ?? undefined)
      const upload = checked ? await storeResourceFile(tx, checked, staff) : null
      const data = {
        slug,
        title: input.title,
        summary: input.summary,
        body: input.body,
        url: input.kind === 'LINK' ? input.url : null,
        ...metadataFields(input),
        ...(upload ? { uploadId: upload.id } : {}),
      }
      const row = before
        ? await tx.resource.update({ where: { id: before.id }, data, select: { id: true, status: true } })
        : await tx.resource.create({
            data: { ...data, kind: input.kind, status: 'DRAFT' },
            select: { id: true, status: true },
          })
      if (!before && input.kind === 'GUIDE')
        await addResourceRevision(tx, { resourceId: row.id, input, authorId: staff.id, now })
      await writeTopicsAndSearch(tx, row.id, input, input)
      await recordAudit({
        client: tx,
        actor: { id: staff.id, label: staff.email },
        action: before ? 'resource.update' : 'resource.create',
        entityType: 'Resource',
        entityId: row.id,
        before: before && {
          slug: before.slug,
          title: before.title,
          summary: before.summary,
          url: before.url,
          uploadId: before.uploadId,
          topics: before.topics.map((t) => t.topic),
          stages: before.stages.map((s) => s.stage),
        },
        after: {
          ...auditOf(input, slug),
          ...(upload ? { upload: upload.filename, uploadId: upload.id } : {}),
        },
      })
      return { id: row.id, slug, published: row.status === 'PUBLISHED', oldSlug: before?.slug }
    })
    if (saved.published) {
      invalidateResource(saved.slug)
      if (saved.oldSlug && saved.oldSlug !== saved.slug) invalidateResource(saved.oldSlug)
    }
    return { id: saved.id, slug: saved.slug }
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', SLUG_TAKEN, { reason: 'slug-taken', field: 'slug' })
    throw e
  }
}
