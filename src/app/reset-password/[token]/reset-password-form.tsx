'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { NewPasswordFields } from '@/components/forms/new-password-fields'
import { SubmitButton } from '@/components/forms/submit-button'
import type { ResetPasswordState } from '@/schemas/auth'
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
      <NewPasswordFields label="New password" againLabel="New password again" errors={errors} />
      <SubmitButton>Change password</SubmitButton>
    </form>
  )
}
