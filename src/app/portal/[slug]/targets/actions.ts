'use server'

import { redirect } from 'next/navigation'
import { targetFormValues, type TargetFormValues } from '@/schemas/targets'
import { createTarget } from '@/server/targets/create-target'
import { editTarget } from '@/server/targets/edit-target'
import { isAppError, userMessage } from '@/server/errors'

export type TargetFormState = { values: TargetFormValues; fieldErrors: Record<string, string> } | null

/** Saves the target form: a new target, or a change to an active one (which may replace it). */
export async function saveTargetAction(_: TargetFormState, form: FormData): Promise<TargetFormState> {
  const slug = String(form.get('slug') ?? '').slice(0, 120)
  const targetId = String(form.get('targetId') ?? '').slice(0, 60)
  const values = targetFormValues(form)
  let outcome: 'created' | 'updated' | 'replaced'
  try {
    const result = targetId
      ? await editTarget({ slug, targetId, values })
      : await createTarget({ slug, values })
    if (!result.ok) return { values, fieldErrors: result.fieldErrors as Record<string, string> }
    outcome = !targetId ? 'created' : result.replaced ? 'replaced' : 'updated'
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT') return { values, fieldErrors: { form: userMessage(e) } }
    throw e
  }
  redirect(`/portal/${slug}?saved=${outcome}`)
}
