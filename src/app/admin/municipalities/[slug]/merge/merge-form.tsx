'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { FormState } from '@/schemas/admin-municipality'
import { mergeAction } from '../../actions'

/** Merges this duplicate into the municipality to keep; a refusal lists what stands in the way. */
export function MergeForm({ slug }: { slug: string }) {
  const [state, action] = useActionState<FormState, FormData>(mergeAction, null)
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-6 space-y-6">
      <ErrorSummary errors={errors} formError={state?.formError} order={['form', 'targetSlug']} />
      {state?.conflicts && (
        <div className="border-l-8 border-red-700 p-4">
          <h2 className="text-xl">Nothing was changed</h2>
          <ul className="mt-2 list-disc pl-6" data-testid="merge-conflicts">
            {state.conflicts.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name="slug" value={slug} />
      <Field
        name="targetSlug"
        label="Slug of the municipality to keep"
        hint="Find it in the list of municipalities, under the name, for example springfield-il"
        defaultValue={state?.values?.targetSlug ?? ''}
        error={errors.targetSlug}
        autoComplete="off"
        width="md"
      />
      <SubmitButton>Merge and delete this duplicate</SubmitButton>
    </form>
  )
}
