'use server'

import { redirect } from 'next/navigation'
import { renderMarkdown } from '@/lib/markdown'
import { buttonAction, formAction, formRecordId, formText, formTexts } from '@/server/action'
import type { EditorState, EditorValues } from '@/schemas/content'
import { resourceIntentSchema, resourceSchema } from '@/schemas/resources'
import { requirePermission } from '@/server/auth/require-permission'
import { saveResource } from '@/server/resources/save-resource'
import { saveResourceDraft } from '@/server/resources/save-resource-draft'
import { publishResource } from '@/server/resources/publish-resource'
import { setResourceStatus } from '@/server/resources/set-resource-status'
import { restoreResourceRevision } from '@/server/resources/restore-resource-revision'

const guard = () => requirePermission('resource.edit')
// A malformed or unknown id (a tampered form, an entry removed meanwhile) goes back to the list.
const MISSING = '/admin/resources?problem=missing'
const idOf = (form: FormData, name: string) => formRecordId(form, name, MISSING)
const intentOf = (form: FormData) => resourceIntentSchema.parse(form.get('intent'))

async function fileOf(form: FormData) {
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return undefined
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name }
}

/**
 * The library entry form: a new entry of any kind, a file's or a link's changes (Save), and a guide's
 * Preview (nothing saved), Save draft (a new revision) or Publish, by the button pressed.
 */
export const saveResourceAction = formAction({
  guard,
  read: (form): EditorValues => ({
    kind: formText(form, 'kind', 20),
    title: formText(form, 'title'),
    slug: formText(form, 'slug', 200),
    summary: formText(form, 'summary'),
    body: formText(form, 'body', 100_000),
    url: formText(form, 'url', 1_000),
    topics: formTexts(form, 'topics'),
    audience: formText(form, 'audience', 50),
    membersOnly: formText(form, 'membersOnly', 5),
    stages: formTexts(form, 'stages'),
    reviewedOn: formText(form, 'reviewedOn', 50),
    ownerId: formText(form, 'ownerId', 200),
    note: formText(form, 'note'),
  }),
  preview: ({ values, form }): NonNullable<EditorState> | undefined =>
    intentOf(form) === 'preview'
      ? { fieldErrors: {}, values, previewHtml: renderMarkdown(String(values.body)) }
      : undefined,
  schema: resourceSchema,
  run: async ({ user, data, form }): Promise<NonNullable<EditorState>> => {
    const id = formText(form, 'id', 200) ? idOf(form, 'id') : undefined
    if (id && data.kind === 'GUIDE') {
      const publish = intentOf(form) === 'publish'
      if (publish) await publishResource({ id, input: data, editor: user })
      else await saveResourceDraft({ id, input: data, editor: user })
      redirect(`/admin/resources/${id}?done=${publish ? 'published' : 'draft'}`)
    }
    const saved = await saveResource({ id, input: data, file: await fileOf(form), editor: user })
    redirect(`/admin/resources/${saved.id}?done=${id ? 'saved' : 'created'}`)
  },
  refused: (e, { values }) => {
    if (e.code === 'NOT_FOUND') redirect(MISSING)
    // A taken address, a refused file, an owner not on the list: said on its field, with everything typed kept.
    const field = e.detail.field
    return field && (e.code === 'CONFLICT' || e.code === 'INVALID_INPUT')
      ? { values, fieldErrors: { [field]: e.message } }
      : undefined
  },
})

/** Publishes a guide's newest revision as saved (after a restore, for example). */
export const publishLatestResourceAction = buttonAction({
  guard,
  read: (form) => ({ id: idOf(form, 'id') }),
  invalid: () => MISSING,
  run: async ({ user, data: { id } }) => {
    await publishResource({ id, editor: user })
    return `/admin/resources/${id}?done=published`
  },
  refused: () => MISSING,
})

/** Publishes an entry as it stands or takes it off the library, by the button pressed. */
export const setResourceStatusAction = buttonAction({
  guard,
  read: (form) => ({
    id: idOf(form, 'id'),
    status: formText(form, 'status', 20) === 'PUBLISHED' ? ('PUBLISHED' as const) : ('DRAFT' as const),
  }),
  invalid: () => MISSING,
  run: async ({ user, data: { id, status } }) => {
    await setResourceStatus({ id, status, editor: user })
    return `/admin/resources/${id}?done=${status === 'PUBLISHED' ? 'published' : 'unpublished'}`
  },
  refused: (e, { values }) =>
    e.code === 'NOT_FOUND' ? MISSING : `/admin/resources/${values.id}?done=unchanged`,
})

/** Makes an old revision of a guide the newest draft again; publishing it is a separate, deliberate step. */
export const restoreResourceRevisionAction = buttonAction({
  guard,
  read: (form) => ({ id: idOf(form, 'id'), revisionId: idOf(form, 'revisionId') }),
  invalid: () => MISSING,
  run: async ({ user, data: { id, revisionId } }) => {
    await restoreResourceRevision({ id, revisionId, editor: user })
    return `/admin/resources/${id}?done=restored`
  },
  refused: () => MISSING,
})
