'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { FieldError, inputClass } from '@/components/forms/field'
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
  const mine = state?.pledgeId === pledgeId ? state : null
  const errors = mine?.fieldErrors ?? {}
  // Field ids carry the pledge id: the queue holds one of these forms per pledge.
  const key = (field: string) => (field === 'form' ? 'form' : `${field}-${pledgeId}`)
  const summary = Object.fromEntries(Object.entries(errors).map(([f, m]) => [key(f), m]))
  const id = (field: string) => `f-${key(field)}`
  const described = (field: string) => (errors[field] ? `${id(field)}-error` : undefined)
  return (
    <details open={mine ? true : undefined} className="mt-4">
      <summary className="cursor-pointer font-semibold text-brand-800">
        Reject<span className="sr-only"> the pledge of {municipalityName}</span>
      </summary>
      <form action={formAction} noValidate className="mt-4 max-w-xl space-y-6">
        <ErrorSummary errors={summary} order={['form', key('reason'), key('note')]} />
        <input type="hidden" name="pledgeId" value={pledgeId} />
        {campaign && <input type="hidden" name="campaign" value={campaign} />}
        <div className={errors.reason ? 'border-l-4 border-red-700 pl-4' : undefined}>
          <label htmlFor={id('reason')} className="block font-semibold">
            Reason for rejecting
          </label>
          <FieldError id={`${id('reason')}-error`} message={errors.reason} />
          <select
            id={id('reason')}
            name="reason"
            defaultValue={mine?.values.reason ?? ''}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={described('reason')}
            className={`${inputClass} max-w-xl`}
          >
            <option value="">Select a reason</option>
            {reasons.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div className={errors.note ? 'border-l-4 border-red-700 pl-4' : undefined}>
          <label htmlFor={id('note')} className="block font-semibold">
            Note to the signatory (optional)
          </label>
          <p id={`${id('note')}-hint`} className="text-muted">
            Sent in the rejection email. At most 2,000 characters.
          </p>
          <FieldError id={`${id('note')}-error`} message={errors.note} />
          <textarea
            id={id('note')}
            name="note"
            rows={4}
            defaultValue={mine?.values.note ?? ''}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={[`${id('note')}-hint`, described('note')].filter(Boolean).join(' ')}
            className={`${inputClass} max-w-xl`}
          />
        </div>
        <SubmitButton>Reject this pledge</SubmitButton>
      </form>
    </details>
  )
}
