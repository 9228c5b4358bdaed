'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { StatusNote } from '@/components/ui/status-note'
import type { InviteOfficialState } from '@/schemas/portal'
import { inviteOfficialAction } from './actions'

export function InviteForm({ slug }: { slug: string }) {
  const [state, action] = useActionState<InviteOfficialState, FormData>(inviteOfficialAction, {
    values: { email: '', name: '', title: '' },
    fieldErrors: {},
  })
  const errors = state.fieldErrors
  return (
    <form action={action} noValidate className="mt-4 space-y-6">
      {state.invited && (
        <StatusNote>
          {state.invited} has been invited. Our staff will confirm them; they can sign in once confirmed.
        </StatusNote>
      )}
      <ErrorSummary errors={errors} formError={state.formError} order={['form', 'email', 'name', 'title']} />
      <input type="hidden" name="slug" value={slug} />
      <div key={JSON.stringify(state.values)} className="space-y-6">
        <Field
          name="email"
          label="Their email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.values.email}
          error={errors.email}
        />
        <Field
          name="name"
          label="Their full name"
          defaultValue={state.values.name}
          error={errors.name}
          width="md"
        />
        <Field
          name="title"
          label="Their title"
          hint="For example Sustainability Coordinator"
          defaultValue={state.values.title}
          error={errors.title}
          width="md"
        />
      </div>
      <SubmitButton>Invite colleague</SubmitButton>
    </form>
  )
}
