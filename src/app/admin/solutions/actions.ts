'use server'

import { redirect } from 'next/navigation'
import { renderMarkdown } from '@/lib/markdown'
import { buttonAction, formAction, formRecordId, formText, formTexts } from '@/server/action'
import { contentIntentSchema, solutionSchema, type EditorState, type EditorValues } from '@/schemas/content'
import { requirePermission } from '@/server/auth/require-permission'
import { saveSolution } from '@/server/solutions/save-solution'
import { setSolutionStatus } from '@/server/solutions/set-solution-status'

const guard = () => requirePermission('solution.edit')
// A malformed or unknown id (a tampered form, a solution removed meanwhile) goes back to the list.
const MISSING = '/admin/solutions?problem=missing'

/** Creates or updates a solution (Save), or previews its description (Preview). */
export const saveSolutionAction = formAction({
  guard,
  read: (form): EditorValues => ({
    title: formText(form, 'title'),
    summary: formText(form, 'summary'),
    body: formText(form, 'body', 100_000),
    costBand: formText(form, 'costBand'),
    coBenefits: formText(form, 'coBenefits'),
    hazards: formTexts(form, 'hazards'),
    sectors: formTexts(form, 'sectors'),
  }),
  preview: ({ values, form }): NonNullable<EditorState> | undefined =>
    contentIntentSchema.parse(form.get('intent')) === 'preview'
      ? { fieldErrors: {}, values, previewHtml: renderMarkdown(String(values.body)) }
      : undefined,
  schema: solutionSchema,
  run: async ({ user, data, form }) => {
    const id = formText(form, 'id', 200) ? formRecordId(form, 'id', MISSING) : undefined
    const { id: savedId } = await saveSolution({ id, input: data, editor: user })
    redirect(`/admin/solutions/${savedId}?done=${id ? 'saved' : 'created'}`)
  },
  refused: (e) => (e.code === 'NOT_FOUND' ? redirect(MISSING) : undefined),
})

/** Publishes a solution or takes it off the Solutions Gateway, by the button pressed. */
export const setSolutionStatusAction = buttonAction({
  guard,
  read: (form) => ({
    id: formRecordId(form, 'id', MISSING),
    status: formText(form, 'status', 20) === 'PUBLISHED' ? ('PUBLISHED' as const) : ('DRAFT' as const),
  }),
  invalid: () => MISSING,
  run: async ({ user, data: { id, status } }) => {
    await setSolutionStatus({ id, status, editor: user })
    return `/admin/solutions/${id}?done=${status === 'PUBLISHED' ? 'published' : 'unpublished'}`
  },
  refused: (e, { values }) =>
    e.code === 'NOT_FOUND' ? MISSING : `/admin/solutions/${values.id}?done=unchanged`,
})
