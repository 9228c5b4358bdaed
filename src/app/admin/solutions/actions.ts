'use server'

import { redirect } from 'next/navigation'
import { renderMarkdown } from '@/lib/markdown'
import {
  contentIntentSchema,
  fieldErrorsOf,
  recordId,
  solutionSchema,
  type EditorState,
} from '@/schemas/content'
import { requirePermission } from '@/server/auth/require-permission'
import { isAppError, userMessage } from '@/server/errors'
import { saveSolution } from '@/server/solutions/save-solution'
import { setSolutionStatus } from '@/server/solutions/set-solution-status'

const text = (form: FormData, name: string) => String(form.get(name) ?? '')

// A malformed or unknown id (a tampered form, a solution removed meanwhile) goes back to the list.
const MISSING = '/admin/solutions?problem=missing'
function idOf(raw: string): string {
  const parsed = recordId.safeParse(raw)
  if (!parsed.success) redirect(MISSING)
  return parsed.data
}

/** Creates or updates a solution (Save), or previews its description (Preview). */
export async function saveSolutionAction(_: EditorState, form: FormData): Promise<EditorState> {
  const editor = await requirePermission('solution.edit')
  const rawId = text(form, 'id')
  const id = rawId ? idOf(rawId) : undefined
  const values = {
    title: text(form, 'title'),
    summary: text(form, 'summary'),
    body: text(form, 'body'),
    costBand: text(form, 'costBand'),
    coBenefits: text(form, 'coBenefits'),
    hazards: form.getAll('hazards').map(String),
    sectors: form.getAll('sectors').map(String),
  }
  if (contentIntentSchema.parse(form.get('intent')) === 'preview')
    return { fieldErrors: {}, values, previewHtml: renderMarkdown(values.body) }
  const parsed = solutionSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values }
  let savedId: string
  try {
    savedId = (await saveSolution({ id, input: parsed.data, editor })).id
  } catch (e) {
    if (!isAppError(e) || e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') throw e
    if (e.code === 'NOT_FOUND') redirect(MISSING)
    return { fieldErrors: { form: userMessage(e) }, values }
  }
  redirect(`/admin/solutions/${savedId}?done=${id ? 'saved' : 'created'}`)
}

/** Publishes a solution or takes it off the Solutions Gateway, by the button pressed. */
export async function setSolutionStatusAction(form: FormData): Promise<void> {
  const editor = await requirePermission('solution.edit')
  const id = idOf(text(form, 'id'))
  const status = text(form, 'status') === 'PUBLISHED' ? 'PUBLISHED' : 'DRAFT'
  let done = status === 'PUBLISHED' ? 'published' : 'unpublished'
  try {
    await setSolutionStatus({ id, status, editor })
  } catch (e) {
    if (!isAppError(e) || e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') throw e
    if (e.code === 'NOT_FOUND') redirect(MISSING)
    done = 'unchanged'
  }
  redirect(`/admin/solutions/${id}?done=${done}`)
}
