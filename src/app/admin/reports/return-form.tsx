'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { FieldError, inputClass } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { returnReportAction, type ReturnState } from './actions'

/** Returning a report with feedback; works without JavaScript, errors by the field. */
export function ReturnForm({ reportId }: { reportId: string }) {
  const [state, formAction] = useActionState<ReturnState, FormData>(returnReportAction, null)
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4">
      <ErrorSummary errors={errors} order={['form', 'feedback']} />
      <input type="hidden" name="reportId" value={reportId} />
      <div className={errors.feedback ? 'border-l-4 border-red-700 pl-4' : undefined}>
        <label htmlFor="f-feedback" className="block font-semibold">
          Feedback for the officials
        </label>
        <p id="f-feedback-hint" className="text-muted">
          What needs to change. They see it in the portal and in the email.
        </p>
        <FieldError id="f-feedback-error" message={errors.feedback} />
        <textarea
          id="f-feedback"
          name="feedback"
          rows={5}
          defaultValue={state?.values.feedback ?? ''}
          aria-invalid={errors.feedback ? true : undefined}
          aria-describedby={['f-feedback-hint', errors.feedback && 'f-feedback-error']
            .filter(Boolean)
            .join(' ')}
          className={inputClass}
        />
      </div>
      <SubmitButton>Return the report with this feedback</SubmitButton>
    </form>
  )
}
