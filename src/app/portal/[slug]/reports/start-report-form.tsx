'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { startReportAction, type StartReportState } from './actions'

/** Starting the report of an accounting year (or opening it, when it exists). */
export function StartReportForm({ slug, suggestedYear }: { slug: string; suggestedYear: number }) {
  const [state, action] = useActionState<StartReportState, FormData>(startReportAction, null)
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-4 max-w-xl space-y-4">
      <ErrorSummary errors={errors} formError={state?.formError} />
      <input type="hidden" name="slug" value={slug} />
      <Field
        name="accountingYear"
        label="Accounting year"
        hint="The calendar year the inventory accounts for, such as the last full year."
        inputMode="numeric"
        width="sm"
        defaultValue={state?.values.accountingYear ?? String(suggestedYear)}
        error={errors.accountingYear}
      />
      <SubmitButton>Start the report</SubmitButton>
    </form>
  )
}
