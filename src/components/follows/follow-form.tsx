'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { FollowState } from '@/schemas/follows'
import { followPlaceAction } from '@/app/follows/actions'

/**
 * "Follow <place>" by email on a member's profile; works without JavaScript. The answer is "check your inbox"
 * whether or not the address follows the place already (decision 0023): the email says which.
 */
export function FollowForm({ slug, name }: { slug: string; name: string }) {
  const [state, action] = useActionState<FollowState, FormData>(followPlaceAction, {
    values: { email: '' },
    fieldErrors: {},
  })
  return (
    <section aria-labelledby="follow-heading" className="mt-10 max-w-2xl border-t border-slate-300 pt-6">
      <h2 id="follow-heading" className="text-2xl">
        Follow {name}
      </h2>
      {state.sent ? (
        <div
          role="status"
          className="mt-4 border-l-4 border-brand-600 bg-brand-50 p-4"
          data-testid="follow-sent"
        >
          <h3 className="text-xl">Check your inbox</h3>
          <p className="mt-2">
            If {state.values.email} can follow {name}, we have sent it an email with a link to confirm.
            Nothing is sent about {name} until you confirm. If it does not arrive within a few minutes, check
            your spam folder.
          </p>
        </div>
      ) : (
        <form action={action} noValidate className="mt-4 space-y-6">
          <p>
            Get an email, at most once a day, when {name} signs or withdraws a pledge, has a report verified,
            sets a target, earns a badge or misses a deadline. We keep only your email address.
          </p>
          <ErrorSummary errors={state.fieldErrors} formError={state.formError} order={['form', 'email']} />
          <input type="hidden" name="place" value={slug} />
          <div key={JSON.stringify(state.values)}>
            <Field
              name="email"
              label="Email address"
              hint="We email you a link to confirm; every email has a link to unsubscribe."
              type="email"
              autoComplete="email"
              spellCheck={false}
              defaultValue={state.values.email}
              error={state.fieldErrors.email}
              width="md"
            />
          </div>
          {/* People never see this field; bots that fill every input do, and their request is dropped. */}
          <div aria-hidden="true" className="absolute -left-[9999px]">
            <label htmlFor="f-follow-website">Leave this empty</label>
            <input id="f-follow-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <SubmitButton>Follow {name}</SubmitButton>
        </form>
      )}
    </section>
  )
}
