'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { ForgotPasswordState } from '@/schemas/auth'
import { forgotPasswordAction } from './actions'

export function ForgotPasswordForm() {
  const [state, action] = useActionState<ForgotPasswordState, FormData>(forgotPasswordAction, {
    values: { email: '' },
    fieldErrors: {},
  })
  if (state.sent) {
    return (
      <div role="status" className="mt-6 border-l-4 border-brand-600 bg-brand-50 p-4">
        <h2 className="text-xl">Check your email</h2>
        <p className="mt-2">
          If {state.values.email} belongs to a staff account, we have sent it a link to choose a new password.
          The link works once, for one hour.
        </p>
      </div>
    )
  }
  const errors = state.fieldErrors
  return (
    <form action={action} noValidate className="mt-6 space-y-6">
      <ErrorSummary errors={errors} formError={state.formError} order={['form', 'email']} />
      <Field
        key={state.values.email}
        name="email"
        label="Email address"
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.values.email}
        error={errors.email}
        width="md"
      />
      <SubmitButton>Send me a link</SubmitButton>
    </form>
  )
}
