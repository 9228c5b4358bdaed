'use client'

import { useActionState } from 'react'
import { Radios } from '@/components/forms/choices'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field, TextAreaField } from '@/components/forms/field'
import { INVENTORY_CELLS, cellName } from '@/lib/domain/report-completeness'
import { confirmFieldName } from '@/lib/domain/carried-over'
import { REPORTING_LEVELS, type CarryOver, type ReportFormState, type ReportValues } from '@/schemas/reports'
import { saveReportAction } from '../actions'
import { CarriedOverSummary, ConfirmCarried, carriedText, carryMarks } from './carried-over'
import { InventoryGrid } from './inventory-grid'
import { ActionRows, HazardRows, bindFields } from './report-rows'

function errorOrder(values: ReportValues): string[] {
  return [
    'form',
    'reportingLevel',
    ...INVENTORY_CELLS.map((c) => cellName(c.sector, c.scope)),
    confirmFieldName('inventory'),
    'inventoryBoundary',
    ...values.hazards.flatMap((_, i) =>
      ['hazard', 'riskLevel', 'expectedImpact', 'vulnerableGroups'].map((f) => `hazard-${i}-${f}`),
    ),
    confirmFieldName('hazards'),
    'vulnerabilityAssessmentUrl',
    'vulnerabilityAssessedAt',
    'adaptationGoal',
    ...values.actions.flatMap((_, i) =>
      ['title', 'kind', 'pillar', 'sector', 'status', 'url', 'adoptedAt'].map((f) => `action-${i}-${f}`),
    ),
    confirmFieldName('actions'),
  ]
}

/**
 * The report draft: one form for everything, posted to a server action (works without JavaScript).
 * Refused input comes back with the values as typed, an error summary and the errors by the fields.
 * A draft pre-filled from the previous verified report marks what is still carried over, and each
 * section has a box to confirm it.
 */
export function ReportForm({
  slug,
  year,
  initial,
  carry,
}: {
  slug: string
  year: number
  initial: ReportValues
  carry: CarryOver | null
}) {
  const [state, action] = useActionState<ReportFormState, FormData>(saveReportAction, null)
  const values = state?.values ?? initial
  const errors = state?.fieldErrors ?? {}
  const f = bindFields(values, errors)
  const marks = carryMarks(state?.carry !== undefined ? state.carry : carry, values)
  const confirmBox = (section: 'inventory' | 'hazards' | 'actions') => (
    <ConfirmCarried
      section={section}
      marks={marks}
      year={year}
      checked={values.confirm?.[section]}
      error={errors[confirmFieldName(section)]}
    />
  )
  return (
    <form key={state?.nonce ?? 0} action={action} noValidate className="space-y-10">
      {state?.notice && (
        <p role="status" className="border-l-8 border-amber-600 bg-amber-50 p-4 font-semibold">
          {state.notice}
        </p>
      )}
      <ErrorSummary errors={errors} formError={state?.formError} order={errorOrder(values)} />
      {marks && <CarriedOverSummary marks={marks} year={year} />}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="accountingYear" value={year} />
      <Radios
        name="reportingLevel"
        legend="Reporting level"
        legendClassName="text-2xl font-bold"
        error={errors.reportingLevel}
        hint={marks?.level ? carriedText(marks.year) : undefined}
        options={Object.entries(REPORTING_LEVELS).map(([value, label]) => ({ value, label }))}
        defaultValue={values.reportingLevel}
      />
      <InventoryGrid values={values} errors={errors} marks={marks} />
      {confirmBox('inventory')}
      <Field
        {...f('inventoryBoundary')}
        label="Inventory boundary (optional)"
        hint="The geographic boundary the inventory covers, such as the city limits."
        width="fill"
      />
      <HazardRows values={values} errors={errors} marks={marks} after={confirmBox('hazards')} />
      <section aria-labelledby="vulnerability-heading" className="space-y-4">
        <h2 id="vulnerability-heading" className="text-2xl">
          Vulnerability assessment and adaptation goal
        </h2>
        <Field
          {...f('vulnerabilityAssessmentUrl')}
          label="Link to the vulnerability assessment (optional)"
          type="url"
          hint="Starting with https://"
          width="fill"
        />
        <Field
          {...f('vulnerabilityAssessedAt')}
          label="Date of the assessment (optional)"
          type="date"
          hint="Year, month and day, such as 2025-03-31"
          width="fill"
        />
        <TextAreaField {...f('adaptationGoal')} label="Adaptation goal (optional)" rows={3} />
      </section>
      <ActionRows values={values} errors={errors} marks={marks} after={confirmBox('actions')} />
      <div className="flex flex-wrap gap-4 border-t-2 border-gray-300 pt-6">
        <button
          type="submit"
          name="intent"
          value="save"
          className="rounded border-2 border-brand-700 px-5 py-2.5 font-semibold text-brand-800"
        >
          Save draft
        </button>
        <button
          type="submit"
          name="intent"
          value="submit"
          className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Submit for verification
        </button>
      </div>
    </form>
  )
}
