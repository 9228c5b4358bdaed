'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { PASSWORD_MIN_LENGTH, type ResetPasswordState } from '@/schemas/auth'
import { resetPasswordAction } from './actions'

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, null)
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-6 space-y-6">
      <ErrorSummary
        errors={errors}
        formError={state?.formError}
        order={['form', 'password', 'confirmPassword']}
      />
      <input type="hidden" name="token" value={token} />
      <Field
        name="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
        type="password"
        autoComplete="new-password"
        error={errors.password}
        width="md"
      />
      <Field
        name="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword}
        width="md"
      />
      <SubmitButton>Change password</SubmitButton>
    </form>
  )
}
