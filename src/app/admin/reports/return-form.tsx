'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextAreaField } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { returnReportAction, type ReturnState } from './actions'

/** Returning a report with feedback; works without JavaScript, errors by the field. */
export function ReturnForm({ reportId }: { reportId: string }) {
  const [state, formAction] = useActionState<ReturnState, FormData>(returnReportAction, null)
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-4">
      <ErrorSummary errors={errors} formError={state?.formError} order={['form', 'feedback']} />
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField
        name="feedback"
        label="Feedback for the officials"
        hint="What needs to change. They see it in the portal and in the email."
        error={errors.feedback}
        rows={5}
        defaultValue={state?.values.feedback ?? ''}
      />
      <SubmitButton>Return the report with this feedback</SubmitButton>
    </form>
  )
}
