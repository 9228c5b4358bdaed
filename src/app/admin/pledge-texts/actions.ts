'use server'

import { redirect } from 'next/navigation'
import { renderMarkdown } from '@/lib/markdown'
import { contentIntentSchema, fieldErrorsOf, pledgeTextSchema, type EditorState } from '@/schemas/content'
import { requirePermission } from '@/server/auth/require-permission'
import { isAppError, userMessage } from '@/server/errors'
import { savePledgeTextDraft } from '@/server/content/save-pledge-text-draft'
import { publishPledgeText } from '@/server/content/publish-pledge-text'

const text = (form: FormData, name: string) => String(form.get(name) ?? '')
const campaignOf = (form: FormData) => {
  const slug = text(form, 'campaign')
  return /^[a-z0-9-]{1,60}$/.test(slug) ? slug : ''
}

/** Saves a new version of a campaign's pledge text as a draft, previews its preamble, or publishes it. */
export async function savePledgeTextAction(_: EditorState, form: FormData): Promise<EditorState> {
  const editor = await requirePermission('content.edit')
  const campaignSlug = campaignOf(form)
  const values = {
    title: text(form, 'title'),
    preamble: text(form, 'preamble'),
    commitments: text(form, 'commitments'),
  }
  const intent = contentIntentSchema.parse(form.get('intent'))
  if (intent === 'preview') return { fieldErrors: {}, values, previewHtml: renderMarkdown(values.preamble) }
  const parsed = pledgeTextSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values }
  let version: number
  try {
    const saved = await savePledgeTextDraft({
      campaignSlug,
      input: parsed.data,
      editor,
      publish: intent === 'publish',
    })
    version = saved.version
  } catch (e) {
    if (!isAppError(e) || e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') throw e
    return { fieldErrors: { form: userMessage(e) }, values }
  }
  redirect(
    `/admin/pledge-texts/${campaignSlug}?done=${intent === 'publish' ? 'published' : 'saved'}&version=${version}`,
  )
}

/** Publishes the saved draft version as it is. */
export async function publishPledgeTextAction(form: FormData): Promise<void> {
  const editor = await requirePermission('content.edit')
  const campaignSlug = campaignOf(form)
  const version = Number(text(form, 'version'))
  let done = 'published'
  try {
    if (!Number.isInteger(version) || version < 1) throw new Error('bad version')
    await publishPledgeText({ campaignSlug, version, editor })
  } catch (e) {
    if (isAppError(e) && (e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED')) throw e
    done = 'not-published'
  }
  redirect(`/admin/pledge-texts/${campaignSlug}?done=${done}&version=${version}`)
}
