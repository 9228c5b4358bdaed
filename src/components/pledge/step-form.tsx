'use client'

import { useActionState, type ReactNode } from 'react'
import type { StepState } from '@/schemas/pledge'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field, SelectField } from '@/components/forms/field'
import { Checkboxes, Radios, type Choice } from '@/components/forms/choices'
import { SubmitButton } from '@/components/forms/submit-button'
import { usePlainFormProps } from './plain-form-props'

type Base = { name: string; hint?: string }
export type FieldSpec =
  | (Base & {
      kind: 'text'
      label: string
      type?: 'text' | 'email' | 'tel'
      autoComplete?: string
      inputMode?: 'numeric' | 'text' | 'email' | 'tel'
      width?: 'full' | 'md' | 'sm'
      spellCheck?: boolean
    })
  | (Base & { kind: 'select'; label: string; options: { value: string; label: string }[] })
  | (Base & { kind: 'radios'; legend: string; options: Choice[]; asHeading?: boolean })
  | (Base & { kind: 'checkboxes'; legend: string; options: Choice[] })
  | (Base & { kind: 'file'; label: string; accept: string })
  | { kind: 'hidden'; name: string; value: string }

type StepFormProps = {
  action: (state: StepState, form: FormData) => Promise<StepState>
  /** Where the form posts without JavaScript: /pledge/submit/<step>. */
  postTo: string
  /** The refused answer a post without JavaScript is shown with. */
  initialState?: StepState
  fields: FieldSpec[]
  defaults?: Record<string, string | string[] | undefined>
  submitLabel: string
  honeypot?: boolean
  children?: ReactNode
}

/**
 * One step of a multi-step form, posted to a server action, or without JavaScript to a route that answers
 * with a status code. After a refused answer it shows the GOV.UK error summary, the error beside each
 * field, and the values typed.
 */
export function StepForm({
  action,
  postTo,
  initialState = null,
  fields,
  defaults = {},
  submitLabel,
  honeypot,
  children,
}: StepFormProps) {
  const [state, formAction] = useActionState(action, initialState)
  const values = state?.values ?? defaults
  const errors = state?.fieldErrors ?? {}
  const order = fields.map((f) => f.name)
  const hasFile = fields.some((f) => f.kind === 'file')
  const formProps = usePlainFormProps(formAction, postTo, hasFile)
  return (
    <form {...formProps} noValidate className="space-y-8">
      <ErrorSummary errors={errors} order={['form', ...order]} />
      <div key={JSON.stringify(values)} className="space-y-8">
        {fields.map((f) => (
          <FieldFromSpec key={f.name} spec={f} value={values[f.name]} error={errors[f.name]} />
        ))}
      </div>
      {honeypot && (
        // People never see this field; bots that fill every input do, and their submission is dropped.
        <div aria-hidden="true" className="absolute -left-[9999px]">
          <label htmlFor="f-website">Leave this empty</label>
          <input id="f-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
      )}
      {children}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  )
}

function FieldFromSpec({
  spec,
  value,
  error,
}: {
  spec: FieldSpec
  value?: string | string[]
  error?: string
}) {
  const single = typeof value === 'string' ? value : undefined
  switch (spec.kind) {
    case 'hidden':
      return <input type="hidden" name={spec.name} value={spec.value} />
    case 'text': {
      const { kind: _k, ...rest } = spec
      return <Field {...rest} error={error} defaultValue={single} />
    }
    case 'file': {
      const { kind: _k, ...rest } = spec
      return <Field {...rest} type="file" error={error} className="border-0 px-0" />
    }
    case 'select':
      return (
        <SelectField
          name={spec.name}
          label={spec.label}
          hint={spec.hint}
          options={spec.options}
          blank="Select a state"
          error={error}
          defaultValue={single ?? ''}
        />
      )
    case 'radios':
      return (
        <Radios
          name={spec.name}
          legend={spec.legend}
          hint={spec.hint}
          options={spec.options}
          error={error}
          defaultValue={single}
          legendAsHeading={spec.asHeading}
        />
      )
    case 'checkboxes':
      return (
        <Checkboxes
          name={spec.name}
          legend={spec.legend}
          hint={spec.hint}
          options={spec.options}
          error={error}
          defaultValues={Array.isArray(value) ? value : []}
        />
      )
  }
}
