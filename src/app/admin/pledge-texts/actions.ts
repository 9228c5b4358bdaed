'use server'

import { renderMarkdown } from '@/lib/markdown'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { buttonAction, formAction, formText } from '@/server/action'
import { contentIntentSchema, pledgeTextSchema, type EditorState, type EditorValues } from '@/schemas/content'
import { requirePermission } from '@/server/auth/require-permission'
import { savePledgeTextDraft } from '@/server/content/save-pledge-text-draft'
import { publishPledgeText } from '@/server/content/publish-pledge-text'

const guard = () => requirePermission('content.edit')
const campaignOf = (form: FormData) => {
  const slug = formText(form, 'campaign', 100)
  return /^[a-z0-9-]{1,60}$/.test(slug) ? slug : ''
}
const intentOf = (form: FormData) => contentIntentSchema.parse(form.get('intent'))

/** Saves a new version of a campaign's pledge text as a draft, previews its preamble, or publishes it. */
export const savePledgeTextAction = formAction({
  guard,
  read: (form): EditorValues => ({
    title: formText(form, 'title'),
    preamble: formText(form, 'preamble'),
    commitments: formText(form, 'commitments'),
  }),
  preview: ({ values, form }): NonNullable<EditorState> | undefined =>
    intentOf(form) === 'preview'
      ? { fieldErrors: {}, values, previewHtml: renderMarkdown(String(values.preamble)) }
      : undefined,
  schema: pledgeTextSchema,
  run: async ({ user, data, form }) => {
    const campaignSlug = campaignOf(form)
    const publish = intentOf(form) === 'publish'
    const { version } = await savePledgeTextDraft({ campaignSlug, input: data, editor: user, publish })
    redirect(`/admin/pledge-texts/${campaignSlug}?done=${publish ? 'published' : 'saved'}&version=${version}`)
  },
})

/** Publishes the saved draft version as it is. */
export const publishPledgeTextAction = buttonAction({
  guard,
  read: (form) => ({ campaignSlug: campaignOf(form), version: Number(formText(form, 'version', 12)) }),
  schema: z.object({ campaignSlug: z.string(), version: z.number().int().min(1) }),
  invalid: ({ values }) =>
    `/admin/pledge-texts/${values.campaignSlug}?done=not-published&version=${values.version}`,
  run: async ({ user, data: { campaignSlug, version } }) => {
    await publishPledgeText({ campaignSlug, version, editor: user })
    return `/admin/pledge-texts/${campaignSlug}?done=published&version=${version}`
  },
  refused: (_, { values }) =>
    `/admin/pledge-texts/${values.campaignSlug}?done=not-published&version=${values.version}`,
})
