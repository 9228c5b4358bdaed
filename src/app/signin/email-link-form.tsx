'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { SignInLinkState } from '@/schemas/portal'
import { requestSignInLinkAction } from './actions'

/** Officials ask for a sign-in link by email. Works without JavaScript (the action redirects). */
export function EmailLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState<SignInLinkState, FormData>(requestSignInLinkAction, {
    values: { linkEmail: '' },
    fieldErrors: {},
  })
  const errors = state.fieldErrors
  return (
    <form action={action} noValidate className="mt-6 space-y-6">
      <ErrorSummary errors={errors} formError={state.formError} order={['linkEmail']} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        key={state.values.linkEmail}
        name="linkEmail"
        label="Your email"
        hint="The address you signed your municipality’s pledge with, or the one staff confirmed for you."
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.values.linkEmail}
        error={errors.linkEmail}
        width="md"
      />
      <SubmitButton>Email me a sign-in link</SubmitButton>
    </form>
  )
}
