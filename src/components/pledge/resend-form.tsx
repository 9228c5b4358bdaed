'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { ResendState } from '@/schemas/pledge'
import { usePlainFormProps } from './plain-form-props'

/** Asks for a new confirmation link. The answer is the same whether or not the address is known. */
export function ResendForm({
  action,
  initialState = null,
}: {
  action: (state: ResendState, form: FormData) => Promise<ResendState>
  initialState?: ResendState
}) {
  const [state, formAction] = useActionState(action, initialState)
  const formProps = usePlainFormProps(formAction, '/pledge/submit/resend')
  if (state?.status === 'sent') {
    return (
      <div role="status" className="border-4 border-brand-700 bg-brand-50 p-6">
        <p className="text-lg">
          If {state.email} signed a pledge that is waiting for confirmation, we have sent a new link to it.
          The link works for 48 hours.
        </p>
      </div>
    )
  }
  const errors = state?.fieldErrors ?? {}
  return (
    <form {...formProps} noValidate className="space-y-6">
      <ErrorSummary errors={errors} />
      <Field
        key={state?.email}
        name="email"
        label="Official email address"
        hint="The address you entered when signing"
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={state?.email}
        error={errors.email}
      />
      <SubmitButton>Send a new link</SubmitButton>
    </form>
  )
}
