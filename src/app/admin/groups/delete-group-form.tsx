'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { GroupDeleteState } from '@/schemas/groups'
import { deleteGroupAction } from './actions'

/** Deletes a group once its name is typed to confirm. Works without JavaScript. */
export function DeleteGroupForm({ id }: { id: string }) {
  const [state, action] = useActionState<GroupDeleteState, FormData>(deleteGroupAction, null)
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-6 max-w-3xl space-y-6">
      <ErrorSummary errors={errors} formError={state?.formError} order={['form', 'confirm']} />
      <input type="hidden" name="id" value={id} />
      <Field
        key={state?.values.confirm ?? ''}
        name="confirm"
        label="Type the group’s name to confirm"
        error={errors.confirm}
        defaultValue={state?.values.confirm ?? ''}
        autoComplete="off"
      />
      <SubmitButton>Delete the group</SubmitButton>
    </form>
  )
}
