'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { PASSWORD_MIN_LENGTH } from '@/schemas/auth'
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
        <>
          <Field
            name="password"
            label="Choose a password"
            hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
            type="password"
            autoComplete="new-password"
            error={errors.password}
            width="md"
          />
          <Field
            name="confirmPassword"
            label="The same password again"
            type="password"
            autoComplete="new-password"
            error={errors.confirmPassword}
            width="md"
          />
        </>
      )}
      <SubmitButton>Accept the invitation</SubmitButton>
    </form>
  )
}
