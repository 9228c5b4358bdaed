'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { SignInState } from '@/schemas/auth'
import { signInAction } from './actions'

/** Works without JavaScript: the form posts to the server action and the page comes back with errors. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState<SignInState, FormData>(signInAction, {
    values: { email: '' },
    fieldErrors: {},
  })
  // The generic refusal belongs to both fields; the action puts it on the first.
  const errors = state.fieldErrors
  return (
    <form action={action} noValidate className="mt-6 space-y-6">
      <ErrorSummary errors={errors} formError={state.formError} order={['email', 'password']} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password}
        width="md"
      />
      <SubmitButton>Sign in</SubmitButton>
    </form>
  )
}
