'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { SelectField, TextAreaField } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { INTRODUCTION_MESSAGE_MAX, type IntroductionState } from '@/schemas/introductions'
import { requestIntroductionAction } from '@/app/introductions/actions'

/**
 * "What we want to learn", and which of the official's municipalities asks (a choice only when they are an
 * official of more than one). Works without JavaScript; the answer says the other officials were emailed.
 */
export function IntroductionForm({
  to,
  solution,
  from,
}: {
  to: { slug: string; name: string }
  solution: string
  from: { slug: string; name: string; state: string }[]
}) {
  const [state, action] = useActionState<IntroductionState, FormData>(requestIntroductionAction, {
    values: { to: to.slug, from: from.length === 1 ? from[0]!.slug : '', solution, message: '' },
    fieldErrors: {},
  })
  if (state.sentTo) {
    return (
      <div role="status" className="mt-6 max-w-3xl border-l-4 border-brand-600 bg-brand-50 p-4">
        <h2 className="text-xl">Request sent</h2>
        <p className="mt-2">
          We have emailed the officials of {state.sentTo} your request, without your contact details. If they
          accept, we email you both each other’s name, email address and municipality. If they decline, or do
          not answer within 14 days, we let you know.
        </p>
      </div>
    )
  }
  const errors = state.fieldErrors
  return (
    <form action={action} noValidate className="mt-6 max-w-3xl space-y-6">
      <ErrorSummary errors={errors} formError={state.formError} order={['form', 'from', 'message']} />
      <input type="hidden" name="to" value={to.slug} />
      <input type="hidden" name="solution" value={solution} />
      <div key={JSON.stringify(state.values)} className="space-y-6">
        {from.length === 1 ? (
          <>
            <input type="hidden" name="from" value={from[0]!.slug} />
            <p>
              You ask on behalf of{' '}
              <strong>
                {from[0]!.name}, {from[0]!.state}
              </strong>
              .
            </p>
          </>
        ) : (
          <SelectField
            name="from"
            label="You ask on behalf of"
            blank="Choose your municipality"
            options={from.map((m) => ({ value: m.slug, label: `${m.name}, ${m.state}` }))}
            defaultValue={state.values.from}
            error={errors.from}
          />
        )}
        <TextAreaField
          name="message"
          label="What would you like to learn?"
          hint={`For example: how you paid for it, who ran the project, what you would do differently. ${to.name}’s officials read this before deciding. At most ${INTRODUCTION_MESSAGE_MAX.toLocaleString('en-US')} characters.`}
          rows={6}
          defaultValue={state.values.message}
          error={errors.message}
        />
      </div>
      <SubmitButton>Ask for an introduction</SubmitButton>
    </form>
  )
}
