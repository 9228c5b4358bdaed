'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { renderMarkdown } from '@/lib/markdown'
import { buttonAction, formAction, formRecordId, formText } from '@/server/action'
import {
  contentIntentSchema,
  contentRevisionSchema,
  imageAltSchema,
  type EditorState,
  type EditorValues,
} from '@/schemas/content'
import { requirePermission } from '@/server/auth/require-permission'
import { saveContentDraft } from '@/server/content/save-content-draft'
import { publishContentPage } from '@/server/content/publish-content-page'
import { unpublishContentPage } from '@/server/content/unpublish-content-page'
import { restoreContentRevision } from '@/server/content/restore-content-revision'
import { storeImage } from '@/server/images/store-image'
import type { FormState } from '@/lib/form-state'

const guard = () => requirePermission('content.edit')
// A hidden id that is malformed or names nothing (a tampered form, a deleted page) goes back to the list.
const MISSING = '/admin/content?problem=missing'
const idOf = (form: FormData, name: string) => formRecordId(form, name, MISSING)
const intentOf = (form: FormData) => contentIntentSchema.parse(form.get('intent'))

/** The content editor's one form: Preview (no save), Save draft, or Publish, by the button pressed. */
export const saveContentAction = formAction({
  guard,
  read: (form): EditorValues => ({
    title: formText(form, 'title'),
    description: formText(form, 'description'),
    body: formText(form, 'body', 200_000),
    note: formText(form, 'note'),
  }),
  preview: ({ values, form }): NonNullable<EditorState> | undefined =>
    intentOf(form) === 'preview'
      ? { fieldErrors: {}, values, previewHtml: renderMarkdown(String(values.body)) }
      : undefined,
  schema: contentRevisionSchema,
  run: async ({ user, data, form }) => {
    const pageId = idOf(form, 'pageId')
    const publish = intentOf(form) === 'publish'
    if (publish) await publishContentPage({ pageId, editor: user, input: data })
    else await saveContentDraft({ pageId, editor: user, input: data })
    redirect(`/admin/content/${pageId}?done=${publish ? 'published' : 'saved'}`)
  },
  refused: (e) => (e.code === 'NOT_FOUND' ? redirect(MISSING) : undefined),
})

const pageOf = (form: FormData) => ({ pageId: idOf(form, 'pageId') })

/** Publishes the newest revision as it is (after a restore, for example). */
export const publishLatestAction = buttonAction({
  guard,
  read: pageOf,
  invalid: () => MISSING,
  run: async ({ user, data: { pageId } }) => {
    await publishContentPage({ pageId, editor: user })
    return `/admin/content/${pageId}?done=published`
  },
  refused: () => MISSING,
})

export const unpublishContentAction = buttonAction({
  guard,
  read: pageOf,
  invalid: () => MISSING,
  run: async ({ user, data: { pageId } }) => {
    await unpublishContentPage({ pageId, editor: user })
    return `/admin/content/${pageId}?done=unpublished`
  },
  refused: (e, { values }) =>
    e.code === 'NOT_FOUND' ? MISSING : `/admin/content/${values.pageId}?done=not-published`,
})

/** Makes an old revision the newest draft again; publishing it is a separate, deliberate step. */
export const restoreRevisionAction = buttonAction({
  guard,
  read: (form) => ({ pageId: idOf(form, 'pageId'), revisionId: idOf(form, 'revisionId') }),
  invalid: () => MISSING,
  run: async ({ user, data: { pageId, revisionId } }) => {
    await restoreContentRevision({ pageId, revisionId, editor: user })
    return `/admin/content/${pageId}?done=restored`
  },
  refused: () => MISSING,
})

export type ImageUploadState = FormState<{ alt: string }> | null

/** Uploads an image into the library; the page then shows the markdown to paste into a text. */
export const uploadImageAction = formAction({
  guard,
  read: (form) => ({ alt: formText(form, 'alt', 1000) }),
  schema: z.object({
    alt: imageAltSchema.refine((alt) => alt !== '', 'Describe the image for people who cannot see it'),
  }),
  run: async ({ user, data, values, form }): Promise<NonNullable<ImageUploadState>> => {
    const file = form.get('image')
    if (!(file instanceof File) || file.size === 0)
      return { fieldErrors: { image: 'Select an image to upload' }, values }
    const bytes = new Uint8Array(await file.arrayBuffer())
    const { id } = await storeImage({ bytes, filename: file.name, editor: user })
    redirect(`/admin/content/images?uploaded=${id}&alt=${encodeURIComponent(data.alt)}`)
  },
  refused: (e, { values }) =>
    e.code === 'INVALID_INPUT' ? { fieldErrors: { image: e.message }, values } : undefined,
})
