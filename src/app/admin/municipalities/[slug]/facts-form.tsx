'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field, SelectField } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { StatusNote } from '@/components/ui/status-note'
import { BOUNDARY_TYPES, FACT_FIELDS, type FormState } from '@/schemas/admin-municipality'
import { STATES } from '@/lib/domain/states'
import { updateFactsAction } from '../actions'

const stateOptions = [
  { value: '', label: 'Select a state' },
  ...Object.entries(STATES).map(([value, label]) => ({ value, label })),
]
const boundaryOptions = Object.entries(BOUNDARY_TYPES).map(([value, label]) => ({ value, label }))

/** The facts of one municipality; works without JavaScript, keeps what was typed after an error. */
export function FactsForm({ slug, initial }: { slug: string; initial: Record<string, string> }) {
  const [state, action] = useActionState<FormState, FormData>(updateFactsAction, null)
  const values = state?.values ?? initial
  const errors = state?.fieldErrors ?? {}
  const v = (k: string) => values[k] ?? ''
  return (
    <form action={action} noValidate className="mt-6 space-y-6">
      <ErrorSummary errors={errors} formError={state?.formError} order={['form', ...FACT_FIELDS]} />
      {state?.saved && <StatusNote>{state.message}</StatusNote>}
      <input type="hidden" name="slug" value={slug} />
      <Field name="name" label="Name" defaultValue={v('name')} error={errors.name} autoComplete="off" />
      <SelectField
        name="state"
        label="State"
        defaultValue={v('state')}
        error={errors.state}
        options={stateOptions}
      />
      <Field
        name="county"
        label="County (optional)"
        defaultValue={v('county')}
        error={errors.county}
        width="md"
      />
      <fieldset className="space-y-4">
        <legend className="font-semibold">Population (optional)</legend>
        <Field
          name="population"
          label="Number of residents"
          inputMode="numeric"
          defaultValue={v('population')}
          error={errors.population}
          width="md"
        />
        <Field
          name="populationYear"
          label="Year of the figure"
          hint="For example, 2020 for the last census"
          inputMode="numeric"
          defaultValue={v('populationYear')}
          error={errors.populationYear}
          width="sm"
        />
      </fieldset>
      <Field
        name="website"
        label="Website (optional)"
        hint="Starting with https://"
        type="url"
        defaultValue={v('website')}
        error={errors.website}
      />
      <SelectField
        name="boundaryType"
        label="Boundary type"
        defaultValue={v('boundaryType') || 'CITY'}
        error={errors.boundaryType}
        options={boundaryOptions}
      />
      <fieldset className="space-y-4">
        <legend className="font-semibold">Location (optional)</legend>
        <p className="text-muted">In decimal degrees; places west of Greenwich have a negative longitude.</p>
        <Field
          name="latitude"
          label="Latitude"
          inputMode="decimal"
          defaultValue={v('latitude')}
          error={errors.latitude}
          width="md"
        />
        <Field
          name="longitude"
          label="Longitude"
          inputMode="decimal"
          defaultValue={v('longitude')}
          error={errors.longitude}
          width="md"
        />
      </fieldset>
      <SubmitButton>Save facts</SubmitButton>
    </form>
  )
}
