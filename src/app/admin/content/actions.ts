'use server'

import { redirect } from 'next/navigation'
import { renderMarkdown } from '@/lib/markdown'
import {
  contentIntentSchema,
  contentRevisionSchema,
  fieldErrorsOf,
  imageAltSchema,
  recordId,
  type EditorState,
} from '@/schemas/content'
import { requirePermission } from '@/server/auth/require-permission'
import { isAppError, userMessage } from '@/server/errors'
import { saveContentDraft } from '@/server/content/save-content-draft'
import { publishContentPage } from '@/server/content/publish-content-page'
import { unpublishContentPage } from '@/server/content/unpublish-content-page'
import { restoreContentRevision } from '@/server/content/restore-content-revision'
import { storeImage } from '@/server/images/store-image'

const text = (form: FormData, name: string) => String(form.get(name) ?? '')

// A hidden id that is malformed or names nothing (a tampered form, a deleted page) goes back to the list.
const MISSING = '/admin/content?problem=missing'
function idOf(form: FormData, name: string): string {
  const parsed = recordId.safeParse(text(form, name))
  if (!parsed.success) redirect(MISSING)
  return parsed.data
}

// Refusals (no session, no role) are thrown and shown as the error page; other known errors go to the form.
function formError(e: unknown): string {
  if (!isAppError(e) || e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') throw e
  return userMessage(e)
}

/** The content editor's one form: Preview (no save), Save draft, or Publish, by the button pressed. */
export async function saveContentAction(_: EditorState, form: FormData): Promise<EditorState> {
  const editor = await requirePermission('content.edit')
  const pageId = idOf(form, 'pageId')
  const values = {
    title: text(form, 'title'),
    description: text(form, 'description'),
    body: text(form, 'body'),
    note: text(form, 'note'),
  }
  const intent = contentIntentSchema.parse(form.get('intent'))
  if (intent === 'preview') return { fieldErrors: {}, values, previewHtml: renderMarkdown(values.body) }
  const parsed = contentRevisionSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values }
  try {
    if (intent === 'publish') await publishContentPage({ pageId, editor, input: parsed.data })
    else await saveContentDraft({ pageId, editor, input: parsed.data })
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') redirect(MISSING)
    return { fieldErrors: { form: formError(e) }, values }
  }
  redirect(`/admin/content/${pageId}?done=${intent === 'publish' ? 'published' : 'saved'}`)
}

/** Publishes the newest revision as it is (after a restore, for example). */
export async function publishLatestAction(form: FormData): Promise<void> {
  const editor = await requirePermission('content.edit')
  const pageId = idOf(form, 'pageId')
  try {
    await publishContentPage({ pageId, editor })
  } catch (e) {
    formError(e)
    redirect(MISSING)
  }
  redirect(`/admin/content/${pageId}?done=published`)
}

export async function unpublishContentAction(form: FormData): Promise<void> {
  const editor = await requirePermission('content.edit')
  const pageId = idOf(form, 'pageId')
  let done = 'unpublished'
  try {
    await unpublishContentPage({ pageId, editor })
  } catch (e) {
    formError(e)
    if (isAppError(e) && e.code === 'NOT_FOUND') redirect(MISSING)
    done = 'not-published'
  }
  redirect(`/admin/content/${pageId}?done=${done}`)
}

/** Makes an old revision the newest draft again; publishing it is a separate, deliberate step. */
export async function restoreRevisionAction(form: FormData): Promise<void> {
  const editor = await requirePermission('content.edit')
  const pageId = idOf(form, 'pageId')
  const revisionId = idOf(form, 'revisionId')
  try {
    await restoreContentRevision({ pageId, revisionId, editor })
  } catch (e) {
    formError(e)
    redirect(MISSING)
  }
  redirect(`/admin/content/${pageId}?done=restored`)
}

export type ImageUploadState = { fieldErrors: Record<string, string>; values: { alt: string } } | null

/** Uploads an image into the library; the page then shows the markdown to paste into a text. */
export async function uploadImageAction(_: ImageUploadState, form: FormData): Promise<ImageUploadState> {
  const editor = await requirePermission('content.edit')
  const altInput = text(form, 'alt')
  const alt = imageAltSchema.safeParse(altInput)
  const values = { alt: altInput }
  if (!alt.success) return { fieldErrors: { alt: alt.error.issues[0]!.message }, values }
  if (!alt.data) return { fieldErrors: { alt: 'Describe the image for people who cannot see it' }, values }
  const file = form.get('image')
  if (!(file instanceof File) || file.size === 0)
    return { fieldErrors: { image: 'Select an image to upload' }, values }
  let id: string
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    id = (await storeImage({ bytes, filename: file.name, editor })).id
  } catch (e) {
    const message = formError(e)
    return {
      fieldErrors: isAppError(e) && e.code === 'INVALID_INPUT' ? { image: message } : { form: message },
      values,
    }
  }
  redirect(`/admin/content/images?uploaded=${id}&alt=${encodeURIComponent(alt.data)}`)
}
