'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { NewPasswordFields } from '@/components/forms/new-password-fields'
import { SubmitButton } from '@/components/forms/submit-button'
import type { AcceptInvitationState } from '@/schemas/users'
import { acceptInvitationAction } from './actions'

/** Accepting an invitation: staff choose a password; an official confirms with one button. */
export function AcceptForm({ token, official }: { token: string; official: boolean }) {
  const [state, action] = useActionState<AcceptInvitationState, FormData>(acceptInvitationAction, null)
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-6 space-y-6">
      <ErrorSummary
        errors={errors}
        formError={state?.formError}
        order={['form', 'password', 'confirmPassword']}
      />
      <input type="hidden" name="token" value={token} />
      {official ? (
        <input type="hidden" name="official" value="1" />
      ) : (
        <NewPasswordFields label="Choose a password" againLabel="The same password again" errors={errors} />
      )}
      <SubmitButton>Accept the invitation</SubmitButton>
    </form>
  )
}
