'use client'

import { useActionState } from 'react'
import { Checkboxes } from '@/components/forms/choices'
import { targetFieldSpecs } from '@/components/targets/target-field-specs'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { GASES, GPC_SECTORS } from '@/lib/domain/gpc'
import type { TargetType } from '@/lib/domain/target-path'
import { calculatorHrefFromTargetForm } from '@/schemas/target-calculator'
import {
  GAS_LABELS,
  TARGET_FIELDS,
  TYPE_FIELDS,
  type TargetField,
  type TargetFormValues,
} from '@/schemas/targets'
import { saveTargetAction, type TargetFormState } from './actions'

export function TargetForm({
  slug,
  targetId,
  type,
  defaults,
  submitLabel,
}: {
  slug: string
  targetId?: string
  type: TargetType
  defaults: TargetFormValues
  submitLabel: string
}) {
  const [state, action] = useActionState<TargetFormState, FormData>(saveTargetAction, null)
  const values = state?.values ?? defaults
  const errors = state?.fieldErrors ?? {}
  const s = targetFieldSpecs(type)
  const one = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const many = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : [])
  const numberField = (name: TargetField) => {
    const spec = s[name]!
    return (
      <Field
        key={name}
        name={name}
        label={spec.label}
        hint={spec.hint}
        error={errors[name]}
        defaultValue={one(name)}
        type={spec.date ? 'date' : 'text'}
        inputMode={spec.date || spec.text ? undefined : 'decimal'}
        width={spec.width}
      />
    )
  }
  const shown = TYPE_FIELDS[type]
  return (
    <form action={action} noValidate className="mt-6 space-y-8">
      <ErrorSummary errors={errors} formError={state?.formError} order={['form', ...TARGET_FIELDS]} />
      <input type="hidden" name="slug" value={slug} />
      {targetId && <input type="hidden" name="targetId" value={targetId} />}
      <input type="hidden" name="type" value={type} />
      <div key={JSON.stringify(values)} className="space-y-8">
        <Checkboxes
          name="sectorsCovered"
          legend="Sectors the target covers"
          hint="GPC sectors; select all that apply."
          options={Object.entries(GPC_SECTORS).map(([value, label]) => ({ value, label }))}
          defaultValues={many('sectorsCovered')}
          error={errors.sectorsCovered}
        />
        <Checkboxes
          name="gasesCovered"
          legend="Greenhouse gases the target covers"
          hint="Select all that apply."
          options={GASES.map((g) => ({ value: g, label: GAS_LABELS[g] }))}
          defaultValues={many('gasesCovered')}
          error={errors.gasesCovered}
        />
        {shown.filter((f) => f !== 'reductionPercent' && f !== 'targetEmissions').map(numberField)}
        {numberField('targetYear')}
        {shown.includes('reductionPercent') && numberField('reductionPercent')}
        {shown.includes('targetEmissions') && numberField('targetEmissions')}
        <Checkboxes
          name="netZero"
          legend="Net zero"
          options={[{ value: 'on', label: 'The target is net zero emissions by the target year' }]}
          defaultValues={one('netZero') === 'on' ? ['on'] : []}
          error={errors.netZero}
        />
        {numberField('adoptedAt')}
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
      <p>
        {/* A plain link: the calculator's views are full pages (decision 0010), and it opens with this form's values. */}
        <a href={calculatorHrefFromTargetForm(values, slug)}>Try figures in the target calculator</a>
      </p>
    </form>
  )
}
