'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field, TextAreaField } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { ASK_COMMENT_MAX, type AskState } from '@/schemas/asks'
import { signAskAction } from '@/app/asks/actions'

/**
 * Name, email and an optional public comment for "Ask <place> to join <campaign>"; works without JavaScript.
 * The answer is "check your inbox" whatever happened: the email says whether to confirm or that the address
 * has already signed.
 */
export function AskForm({ placeSlug, campaignSlug }: { placeSlug: string; campaignSlug: string }) {
  const [state, action] = useActionState<AskState, FormData>(signAskAction, {
    values: { name: '', email: '', comment: '' },
    fieldErrors: {},
  })
  if (state.sent) {
    return (
      <div role="status" className="mt-6 border-l-4 border-brand-600 bg-brand-50 p-4" data-testid="ask-sent">
        <h3 className="text-xl">Check your inbox</h3>
        <p className="mt-2">
          We have sent an email to {state.values.email}. Your signature counts once you confirm it with the
          link in that email. If it does not arrive within a few minutes, check your spam folder.
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
        order={['form', 'name', 'email', 'comment']}
      />
      <input type="hidden" name="place" value={placeSlug} />
      <input type="hidden" name="campaign" value={campaignSlug} />
      <div key={JSON.stringify(state.values)} className="space-y-6">
        <Field
          name="name"
          label="Your name"
          hint="Shown with your comment if you write one; never with your email address."
          autoComplete="name"
          defaultValue={state.values.name}
          error={errors.name}
          width="md"
        />
        <Field
          name="email"
          label="Email address"
          hint="We send a link to confirm your signature here. It is never shown."
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={state.values.email}
          error={errors.email}
          width="md"
        />
        <TextAreaField
          name="comment"
          label="Why should your council join? (optional)"
          hint={`Public once our staff have read it. Up to ${ASK_COMMENT_MAX.toLocaleString('en-US')} characters.`}
          defaultValue={state.values.comment}
          error={errors.comment}
          rows={4}
        />
      </div>
      {/* People never see this field; bots that fill every input do, and their signature is dropped. */}
      <div aria-hidden="true" className="absolute -left-[9999px]">
        <label htmlFor="f-website">Leave this empty</label>
        <input id="f-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton>Sign</SubmitButton>
    </form>
  )
}
