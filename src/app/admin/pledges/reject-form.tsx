'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { SelectField, TextAreaField } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { RejectState } from '@/schemas/moderation'
import { rejectPledgeAction } from './actions'

type Props = {
  pledgeId: string
  municipalityName: string
  campaign?: string
  reasons: { value: string; label: string }[]
}

/**
 * Rejecting one pledge: a coded reason and an optional note. Works without JavaScript; a refused
 * answer opens the form again with the error summary and the error beside the field.
 */
export function RejectForm({ pledgeId, municipalityName, campaign, reasons }: Props) {
  const [state, formAction] = useActionState<RejectState, FormData>(rejectPledgeAction, null)
  const mine = state?.values.pledgeId === pledgeId ? state : null
  const errors = mine?.fieldErrors ?? {}
  // Field ids carry the pledge id: the queue holds one of these forms per pledge.
  const key = (field: string) => (field === 'form' ? 'form' : `${field}-${pledgeId}`)
  const summary = Object.fromEntries(Object.entries(errors).map(([f, m]) => [key(f), m]))
  const id = (field: string) => `f-${key(field)}`
  return (
    <details open={mine ? true : undefined} className="mt-4">
      <summary className="cursor-pointer font-semibold text-brand-800">
        Reject<span className="sr-only"> the pledge of {municipalityName}</span>
      </summary>
      <form action={formAction} noValidate className="mt-4 max-w-xl space-y-6">
        <ErrorSummary
          errors={summary}
          formError={mine?.formError}
          order={['form', key('reason'), key('note')]}
        />
        <input type="hidden" name="pledgeId" value={pledgeId} />
        {campaign && <input type="hidden" name="campaign" value={campaign} />}
        <SelectField
          name="reason"
          id={id('reason')}
          label="Reason for rejecting"
          error={errors.reason}
          options={reasons}
          blank="Select a reason"
          defaultValue={mine?.values.reason ?? ''}
          width="full"
        />
        <TextAreaField
          name="note"
          id={id('note')}
          label="Note to the signatory (optional)"
          hint="Sent in the rejection email. At most 2,000 characters."
          error={errors.note}
          rows={4}
          defaultValue={mine?.values.note ?? ''}
          width="full"
        />
        <SubmitButton>Reject this pledge</SubmitButton>
      </form>
    </details>
  )
}
