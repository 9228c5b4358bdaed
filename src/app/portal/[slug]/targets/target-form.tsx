'use client'

import { useActionState } from 'react'
import { Checkboxes } from '@/components/forms/choices'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { GASES, GPC_SECTORS } from '@/lib/domain/gpc'
import type { TargetType } from '@/lib/domain/target-path'
import {
  GAS_LABELS,
  TARGET_FIELDS,
  TYPE_FIELDS,
  type TargetField,
  type TargetFormValues,
} from '@/schemas/targets'
import { saveTargetAction, type TargetFormState } from './actions'

type Spec = { label: string; hint?: string; width?: 'md' | 'sm'; date?: boolean; text?: boolean }

// Labels say the unit; hints say what the number is for where that is not obvious.
function specs(type: TargetType): Partial<Record<TargetField, Spec>> {
  const baseOptional = type === 'FIXED_LEVEL' || type === 'BASELINE_SCENARIO'
  return {
    baseYear: {
      label: baseOptional ? 'Base year (optional)' : 'Base year',
      hint: baseOptional ? 'Leave empty to start the path at your first verified inventory.' : undefined,
      width: 'sm',
    },
    baseYearEmissions: {
      label:
        type === 'BASE_YEAR_ABSOLUTE'
          ? 'Emissions in the base year (tCO2e)'
          : 'Emissions in the base year (tCO2e, optional)',
      hint:
        type === 'BASE_YEAR_INTENSITY'
          ? 'Worked out from the intensity and activity when left empty.'
          : undefined,
      width: 'md',
    },
    intensityUnit: {
      label: 'Intensity unit',
      hint: 'For example tCO2e per resident',
      text: true,
      width: 'md',
    },
    baseIntensity: { label: 'Intensity in the base year', hint: 'tCO2e per unit of activity', width: 'md' },
    baseActivity: {
      label: 'Activity in the base year',
      hint: 'The number the intensity is per: for example the population in the base year',
      width: 'md',
    },
    targetActivity: {
      label: 'Projected activity in the target year',
      hint: 'For example the population expected in the target year',
      width: 'md',
    },
    bauEmissions: {
      label: 'Business-as-usual emissions in the target year (tCO2e)',
      hint: 'Your projection of emissions without the target',
      width: 'md',
    },
    targetYear: { label: 'Target year', width: 'sm' },
    reductionPercent: {
      label: 'Reduction (%)',
      hint:
        type === 'BASELINE_SCENARIO'
          ? 'How far below business as usual, from 0 to 100'
          : 'How far below the base year, from 0 to 100',
      width: 'sm',
    },
    targetEmissions: { label: 'Emissions in the target year (tCO2e)', width: 'md' },
    adoptedAt: { label: 'Date adopted (optional)', hint: 'For example 2024-03-31', date: true, width: 'md' },
  }
}

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
  const s = specs(type)
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
    </form>
  )
}
