'use client'

import { useActionState } from 'react'
import { ErrorSummary, fieldId } from '@/components/forms/error-summary'
import { FieldError, inputClass } from '@/components/forms/field'
import { GPC_SECTORS, GPC_SECTOR_CODES } from '@/lib/domain/gpc'
import { HAZARDS, SOLUTION_SECTORS } from '@/lib/domain/hazards'
import { INVENTORY_CELLS, cellLabel, cellName } from '@/lib/domain/report-completeness'
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  MAX_ROWS,
  PILLARS,
  REPORTING_LEVELS,
  RISK_LEVELS,
  type ActionValues,
  type FieldErrors,
  type HazardValues,
  type ReportFormState,
  type ReportValues,
} from '@/schemas/reports'
import { saveReportAction } from '../actions'

const described = (name: string, errors: FieldErrors, hint?: boolean) =>
  [hint && `${fieldId(name)}-hint`, errors[name] && `${fieldId(name)}-error`].filter(Boolean).join(' ') ||
  undefined

function boxClass(error?: string) {
  return error ? 'border-l-4 border-red-700 pl-4' : undefined
}

type InputProps = {
  name: string
  label: string
  value: string
  errors: FieldErrors
  hint?: string
  type?: string
  multiline?: boolean
}

function TextInput({ name, label, value, errors, hint, type = 'text', multiline }: InputProps) {
  const id = fieldId(name)
  const common = {
    id,
    name,
    defaultValue: value,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': described(name, errors, Boolean(hint)),
    className: inputClass,
  }
  return (
    <div className={boxClass(errors[name])}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={errors[name]} />
      {multiline ? <textarea rows={3} {...common} /> : <input type={type} {...common} />}
    </div>
  )
}

function SelectInput({
  name,
  label,
  value,
  errors,
  options,
  blank,
}: Omit<InputProps, 'type' | 'multiline' | 'hint'> & { options: Record<string, string>; blank: string }) {
  const id = fieldId(name)
  return (
    <div className={boxClass(errors[name])}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <FieldError id={`${id}-error`} message={errors[name]} />
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={described(name, errors)}
        className={inputClass}
      >
        <option value="">{blank}</option>
        {Object.entries(options).map(([code, text]) => (
          <option key={code} value={code}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}

function RemoveBox({ name, label, checked }: { name: string; label: string; checked?: boolean }) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={fieldId(name)}
        type="checkbox"
        name={name}
        value="yes"
        defaultChecked={checked}
        className="mt-1 size-6 shrink-0 accent-brand-700"
      />
      <label htmlFor={fieldId(name)}>{label}</label>
    </div>
  )
}

function InventoryGrid({ values, errors }: { values: ReportValues; errors: FieldErrors }) {
  return (
    <fieldset aria-describedby="inventory-hint">
      <legend className="text-2xl font-bold">Greenhouse gas inventory</legend>
      <p id="inventory-hint" className="mt-2 max-w-3xl text-muted">
        Emissions in tonnes of CO2 equivalent (tCO2e) for each GPC sector and scope. Where there is no figure,
        enter a notation key instead: NO (not occurring), IE (included elsewhere), NE (not estimated) or C
        (confidential). A BASIC inventory needs the cells marked BASIC; BASIC+ needs every cell.
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Inventory by GPC sector (rows) and scope (columns), tCO2e</caption>
          <thead>
            <tr className="border-b-2 border-gray-400">
              <th scope="col" className="px-2 py-2">
                Sector
              </th>
              {[1, 2, 3].map((s) => (
                <th key={s} scope="col" className="px-2 py-2">
                  Scope {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {GPC_SECTOR_CODES.map((sector) => (
              <tr key={sector} className="border-b border-gray-200 align-top">
                <th scope="row" className="px-2 py-2">
                  {GPC_SECTORS[sector]}
                </th>
                {[1, 2, 3].map((scope) => {
                  const cell = INVENTORY_CELLS.find((c) => c.sector === sector && c.scope === scope)
                  if (!cell)
                    return (
                      <td key={scope} className="px-2 py-2 text-muted">
                        Not applicable
                      </td>
                    )
                  const name = cellName(sector, scope)
                  const id = fieldId(name)
                  const level = cell.basic ? 'BASIC' : 'BASIC+ only'
                  return (
                    <td key={scope} className={`px-2 py-2 ${errors[name] ? 'bg-red-50' : ''}`}>
                      <label htmlFor={id} className="sr-only">
                        {cellLabel(sector, scope)}, tCO2e or notation key
                      </label>
                      <FieldError id={`${id}-error`} message={errors[name]} />
                      <input
                        id={id}
                        name={name}
                        defaultValue={values.inventory[name] ?? ''}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-invalid={errors[name] ? true : undefined}
                        aria-describedby={[`${id}-level`, errors[name] && `${id}-error`]
                          .filter(Boolean)
                          .join(' ')}
                        className={`${inputClass} min-w-28`}
                      />
                      <span id={`${id}-level`} className="text-sm text-muted">
                        {level}
                      </span>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  )
}

/** Blank rows offered after the filled ones: adding a row needs no JavaScript. */
const BLANK_ROWS = 2

function rowsWithBlanks<T>(rows: T[], blank: T): T[] {
  const count = Math.min(rows.length + BLANK_ROWS, MAX_ROWS)
  return Array.from({ length: count }, (_, i) => rows[i] ?? blank)
}

const blankHazard: HazardValues = { hazard: '', riskLevel: '', expectedImpact: '', vulnerableGroups: '' }
const blankAction: ActionValues = {
  kind: '',
  pillar: '',
  sector: '',
  title: '',
  status: '',
  url: '',
  adoptedAt: '',
}

function HazardRows({ values, errors }: { values: ReportValues; errors: FieldErrors }) {
  const filled = values.hazards.length
  return (
    <section aria-labelledby="hazards-heading" className="space-y-6">
      <h2 id="hazards-heading" className="text-2xl">
        Climate hazards
      </h2>
      <p className="max-w-3xl text-muted">
        Each hazard your community faces, its risk level, the impacts you expect and the groups most
        vulnerable to it. Empty rows are ignored; save to get more rows.
      </p>
      {rowsWithBlanks(values.hazards, blankHazard).map((h, i) => (
        <fieldset key={i} className="space-y-3 rounded border-2 border-gray-300 p-4">
          <legend className="px-1 font-semibold">
            Hazard {i + 1}
            {i >= filled && ' (new)'}
          </legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectInput
              name={`hazard-${i}-hazard`}
              label="Hazard"
              value={h.hazard}
              errors={errors}
              options={HAZARDS}
              blank="Select a hazard"
            />
            <SelectInput
              name={`hazard-${i}-riskLevel`}
              label="Risk level"
              value={h.riskLevel}
              errors={errors}
              options={RISK_LEVELS}
              blank="Select a risk level"
            />
          </div>
          <TextInput
            name={`hazard-${i}-expectedImpact`}
            label="Expected impact"
            value={h.expectedImpact}
            errors={errors}
            multiline
          />
          <TextInput
            name={`hazard-${i}-vulnerableGroups`}
            label="Vulnerable groups"
            value={h.vulnerableGroups}
            errors={errors}
            hint="For example: older adults, outdoor workers, low-income households."
          />
          {i < filled && (
            <RemoveBox
              name={`hazard-${i}-remove`}
              label={`Remove hazard ${i + 1} when saving`}
              checked={h.remove}
            />
          )}
        </fieldset>
      ))}
    </section>
  )
}

function ActionRows({ values, errors }: { values: ReportValues; errors: FieldErrors }) {
  const filled = values.actions.length
  return (
    <section aria-labelledby="actions-heading" className="space-y-6">
      <h2 id="actions-heading" className="text-2xl">
        Plans and actions
      </h2>
      <p className="max-w-3xl text-muted">
        Climate action plans (mitigation and adaptation) and the actions you take. A plan needs the link to
        the adopted document and its adoption date. Empty rows are ignored; save to get more rows.
      </p>
      {rowsWithBlanks(values.actions, blankAction).map((a, i) => (
        <fieldset key={i} className="space-y-3 rounded border-2 border-gray-300 p-4">
          <legend className="px-1 font-semibold">
            Plan or action {i + 1}
            {i >= filled && ' (new)'}
          </legend>
          <TextInput name={`action-${i}-title`} label="Title" value={a.title} errors={errors} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectInput
              name={`action-${i}-kind`}
              label="Kind"
              value={a.kind}
              errors={errors}
              options={ACTION_KINDS}
              blank="Select plan or action"
            />
            <SelectInput
              name={`action-${i}-pillar`}
              label="Pillar"
              value={a.pillar}
              errors={errors}
              options={PILLARS}
              blank="Select a pillar"
            />
            <SelectInput
              name={`action-${i}-sector`}
              label="Sector (optional)"
              value={a.sector}
              errors={errors}
              options={SOLUTION_SECTORS}
              blank="No particular sector"
            />
            <SelectInput
              name={`action-${i}-status`}
              label="Status"
              value={a.status}
              errors={errors}
              options={ACTION_STATUSES}
              blank="Select a status"
            />
          </div>
          <TextInput
            name={`action-${i}-url`}
            label="Link (https)"
            value={a.url}
            errors={errors}
            type="url"
            hint="The published plan or a page about the action, starting with https://"
          />
          <TextInput
            name={`action-${i}-adoptedAt`}
            label="Adoption date"
            value={a.adoptedAt}
            errors={errors}
            type="date"
            hint="Year, month and day, such as 2025-03-31"
          />
          {i < filled && (
            <RemoveBox
              name={`action-${i}-remove`}
              label={`Remove item ${i + 1} when saving`}
              checked={a.remove}
            />
          )}
        </fieldset>
      ))}
    </section>
  )
}

function errorOrder(values: ReportValues): string[] {
  return [
    'form',
    'reportingLevel',
    ...INVENTORY_CELLS.map((c) => cellName(c.sector, c.scope)),
    'inventoryBoundary',
    ...values.hazards.flatMap((_, i) =>
      ['hazard', 'riskLevel', 'expectedImpact', 'vulnerableGroups'].map((f) => `hazard-${i}-${f}`),
    ),
    'vulnerabilityAssessmentUrl',
    'vulnerabilityAssessedAt',
    'adaptationGoal',
    ...values.actions.flatMap((_, i) =>
      ['title', 'kind', 'pillar', 'sector', 'status', 'url', 'adoptedAt'].map((f) => `action-${i}-${f}`),
    ),
  ]
}

/**
 * The report draft: one form for everything, posted to a server action (works without JavaScript).
 * Refused input comes back with the values as typed, an error summary and the errors by the fields.
 */
export function ReportForm({ slug, year, initial }: { slug: string; year: number; initial: ReportValues }) {
  const [state, action] = useActionState<ReportFormState, FormData>(saveReportAction, null)
  const values = state?.values ?? initial
  const errors = state?.errors ?? {}
  return (
    <form key={state?.nonce ?? 0} action={action} noValidate className="space-y-10">
      {state?.notice && (
        <p role="status" className="border-l-8 border-amber-600 bg-amber-50 p-4 font-semibold">
          {state.notice}
        </p>
      )}
      <ErrorSummary errors={errors} order={errorOrder(values)} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="accountingYear" value={year} />
      <fieldset
        aria-describedby={errors.reportingLevel ? `${fieldId('reportingLevel')}-error` : undefined}
        className={boxClass(errors.reportingLevel)}
      >
        <legend className="text-2xl font-bold">Reporting level</legend>
        <FieldError id={`${fieldId('reportingLevel')}-error`} message={errors.reportingLevel} />
        <div className="mt-2 space-y-3">
          {Object.entries(REPORTING_LEVELS).map(([code, text], i) => {
            const id = i === 0 ? fieldId('reportingLevel') : `${fieldId('reportingLevel')}-${i}`
            return (
              <div key={code} className="flex items-start gap-3">
                <input
                  id={id}
                  type="radio"
                  name="reportingLevel"
                  value={code}
                  defaultChecked={values.reportingLevel === code}
                  className="mt-1 size-6 shrink-0 accent-brand-700"
                />
                <label htmlFor={id}>{text}</label>
              </div>
            )
          })}
        </div>
      </fieldset>
      <InventoryGrid values={values} errors={errors} />
      <TextInput
        name="inventoryBoundary"
        label="Inventory boundary (optional)"
        value={values.inventoryBoundary}
        errors={errors}
        hint="The geographic boundary the inventory covers, such as the city limits."
      />
      <HazardRows values={values} errors={errors} />
      <section aria-labelledby="vulnerability-heading" className="space-y-4">
        <h2 id="vulnerability-heading" className="text-2xl">
          Vulnerability assessment and adaptation goal
        </h2>
        <TextInput
          name="vulnerabilityAssessmentUrl"
          label="Link to the vulnerability assessment (optional)"
          value={values.vulnerabilityAssessmentUrl}
          errors={errors}
          type="url"
          hint="Starting with https://"
        />
        <TextInput
          name="vulnerabilityAssessedAt"
          label="Date of the assessment (optional)"
          value={values.vulnerabilityAssessedAt}
          errors={errors}
          type="date"
          hint="Year, month and day, such as 2025-03-31"
        />
        <TextInput
          name="adaptationGoal"
          label="Adaptation goal (optional)"
          value={values.adaptationGoal}
          errors={errors}
          multiline
        />
      </section>
      <ActionRows values={values} errors={errors} />
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
