'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { RegistrationState } from '@/schemas/events'
import { registerForEventAction } from '@/app/events/actions'

/**
 * Name, email and organisation for an event; works without JavaScript. The answer is "check your inbox"
 * whatever happened (a place, the waiting list, or an address already registered): the email says which.
 * `account` fixes the address to the signed-in account's (members-only events).
 */
export function RegistrationForm({
  slug,
  waitlist,
  account,
}: {
  slug: string
  waitlist: boolean
  account?: { name: string; email: string }
}) {
  const [state, action] = useActionState<RegistrationState, FormData>(registerForEventAction, {
    values: { name: account?.name ?? '', email: account?.email ?? '', organisation: '' },
    fieldErrors: {},
  })
  if (state.sent) {
    return (
      <div
        role="status"
        className="mt-6 border-l-4 border-brand-600 bg-brand-50 p-4"
        data-testid="registration-sent"
      >
        <h3 className="text-xl">Check your inbox</h3>
        <p className="mt-2">
          We have sent an email to {state.values.email}. It says whether you have a place or are on the
          waiting list, has the event for your calendar, and a link to cancel. If it does not arrive within a
          few minutes, check your spam folder.
        </p>
      </div>
    )
  }
  const errors = state.fieldErrors
  return (
    <form action={action} noValidate className="mt-6 max-w-2xl space-y-6">
      <ErrorSummary
        errors={errors}
        formError={state.formError}
        order={['form', 'name', 'email', 'organisation']}
      />
      <input type="hidden" name="event" value={slug} />
      <div key={JSON.stringify(state.values)} className="space-y-6">
        <Field
          name="name"
          label="Your name"
          autoComplete="name"
          defaultValue={state.values.name}
          error={errors.name}
          width="md"
        />
        <Field
          name="email"
          label="Email address"
          hint={
            account
              ? 'Your account’s address: we send the confirmation there.'
              : 'We send the confirmation and a link to cancel here.'
          }
          type="email"
          autoComplete="email"
          spellCheck={false}
          readOnly={account !== undefined}
          defaultValue={account?.email ?? state.values.email}
          error={errors.email}
          width="md"
        />
        <Field
          name="organisation"
          label="Organisation"
          hint="For example: City of Duluth"
          autoComplete="organization"
          defaultValue={state.values.organisation}
          error={errors.organisation}
          width="md"
        />
      </div>
      {/* People never see this field; bots that fill every input do, and their registration is dropped. */}
      <div aria-hidden="true" className="absolute -left-[9999px]">
        <label htmlFor="f-website">Leave this empty</label>
        <input id="f-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton>{waitlist ? 'Join the waiting list' : 'Register'}</SubmitButton>
    </form>
  )
}
