'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { Radios } from '@/components/forms/choices'
import { SubmitButton } from '@/components/forms/submit-button'
import { StatusNote } from '@/components/ui/status-note'
import type { FormState } from '@/schemas/admin-municipality'
import { setMembershipAction } from '../../actions'

/** Marks or unmarks a member; the date it joined is asked for when marking. */
export function MembershipForm({ slug, initial }: { slug: string; initial: Record<string, string> }) {
  const [state, action] = useActionState<FormState, FormData>(setMembershipAction, null)
  const values = state?.values ?? initial
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-6 space-y-6">
      <ErrorSummary
        errors={errors}
        formError={state?.formError}
        order={['form', 'isMember', 'memberSince']}
      />
      {state?.saved && <StatusNote>{state.message}</StatusNote>}
      <input type="hidden" name="slug" value={slug} />
      <Radios
        name="isMember"
        legend="Is this municipality a member?"
        error={errors.isMember}
        defaultValue={values.isMember}
        options={[
          { value: '1', label: 'Yes, it is a member' },
          { value: '0', label: 'No, it is not a member' },
        ]}
      />
      <Field
        name="memberSince"
        label="Member since (for members)"
        hint="As YYYY-MM-DD, for example 2021-06-30"
        defaultValue={values.memberSince ?? ''}
        error={errors.memberSince}
        width="md"
      />
      <SubmitButton>Save membership</SubmitButton>
    </form>
  )
}
