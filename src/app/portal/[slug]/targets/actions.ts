'use server'

import { redirect } from 'next/navigation'
import type { FormState } from '@/lib/form-state'
import { z } from 'zod'
import { parseTargetForm, targetFormValues, type TargetFormValues } from '@/schemas/targets'
import { formAction, formText, missingPage } from '@/server/action'
import { portalCaller } from '@/server/portal/find-portal-municipality'
import { createTarget } from '@/server/targets/create-target'
import { editTarget } from '@/server/targets/edit-target'

// Read by targetFormValues, so always well formed: the schema only runs the target rules.
/** The target form's rules as a schema (for the action's parse): each problem at its field, or the form's. */
const targetFormSchema = z.custom<TargetFormValues>().transform((values, ctx) => {
  const parsed = parseTargetForm(values)
  if (parsed.success) return parsed.data
  for (const [field, message] of Object.entries(parsed.fieldErrors))
    ctx.addIssue({ code: 'custom', path: field === 'form' ? [] : [field], message })
  return z.NEVER
})

export type TargetFormState = FormState<TargetFormValues> | null

/** Saves the target form: a new target, or a change to an active one (which may replace it). */
export const saveTargetAction = formAction({
  guard: portalCaller,
  read: targetFormValues,
  schema: targetFormSchema,
  run: async ({ user: municipality, data, values, form }): Promise<NonNullable<TargetFormState>> => {
    const targetId = formText(form, 'targetId', 60)
    const result = targetId
      ? await editTarget({ municipality, targetId, data })
      : await createTarget({ municipality, data })
    if (!result.ok) {
      const { form: formError, ...fieldErrors } = result.fieldErrors
      return { values, fieldErrors, ...(formError ? { formError } : {}) }
    }
    const outcome = !targetId ? 'created' : result.replaced ? 'replaced' : 'updated'
    redirect(`/portal/${municipality.slug}?saved=${outcome}`)
  },
  // A target that is not this municipality's active one (another's, replaced meanwhile) is a missing page.
  refused: missingPage,
})
