import type { ReactNode } from 'react'
import { fieldId } from '@/components/forms/error-summary'
import { Field, SelectField, TextAreaField } from '@/components/forms/field'
import { HAZARDS, SOLUTION_SECTORS } from '@/lib/domain/hazards'
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  MAX_ROWS,
  PILLARS,
  RISK_LEVELS,
  type ActionValues,
  type FieldErrors,
  type HazardValues,
  type ReportValues,
} from '@/schemas/reports'
import { CarriedMarker, type CarryMarks } from './carried-over'

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

/** Binds a form's fields to their values as typed and their errors: `{...f('title')}`. */
export function bindFields<T extends object>(values: T, errors: FieldErrors, prefix?: string) {
  return (field: keyof T & string) => {
    const name = prefix ? `${prefix}-${field}` : field
    return { name, defaultValue: String(values[field] ?? ''), error: errors[name] }
  }
}

const HAZARD_SELECTS = [
  { field: 'hazard', label: 'Hazard', options: HAZARDS, blank: 'Select a hazard' },
  { field: 'riskLevel', label: 'Risk level', options: RISK_LEVELS, blank: 'Select a risk level' },
] as const

const ACTION_SELECTS = [
  { field: 'kind', label: 'Kind', options: ACTION_KINDS, blank: 'Select plan or action' },
  { field: 'pillar', label: 'Pillar', options: PILLARS, blank: 'Select a pillar' },
  { field: 'sector', label: 'Sector (optional)', options: SOLUTION_SECTORS, blank: 'No particular sector' },
  { field: 'status', label: 'Status', options: ACTION_STATUSES, blank: 'Select a status' },
] as const

type RowSectionProps<T> = {
  id: string
  heading: string
  intro: string
  rows: T[]
  blank: T
  /** What one row is called: its fieldset's legend is this and its number. */
  noun: string
  prefix: string
  removeLabel: (n: number) => string
  /** Whether row i still shows what was carried over from the previous verified report. */
  carried: (i: number) => boolean
  carryYear?: number
  /** What follows the rows (the section's confirmation box). */
  after?: ReactNode
  children: (row: T, i: number) => ReactNode
}

/** A section of repeated rows, one fieldset each, with blank rows to add more and a box to remove a saved row. */
function RowSection<T extends { remove?: boolean }>(props: RowSectionProps<T>) {
  const { id, heading, intro, rows, blank, noun, prefix, removeLabel, carried, carryYear, after, children } =
    props
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-6">
      <h2 id={`${id}-heading`} className="text-2xl">
        {heading}
      </h2>
      <p className="max-w-3xl text-muted">{intro}</p>
      {rowsWithBlanks(rows, blank).map((row, i) => {
        const marked = i < rows.length && carried(i) && carryYear !== undefined
        const markerId = `${prefix}-${i}-carried`
        return (
          <fieldset
            key={i}
            aria-describedby={marked ? markerId : undefined}
            className={`space-y-3 rounded border-2 p-4 ${marked ? 'border-amber-600' : 'border-gray-300'}`}
          >
            <legend className="px-1 font-semibold">
              {`${noun} ${i + 1}${i >= rows.length ? ' (new)' : ''}`}
            </legend>
            {marked && <CarriedMarker id={markerId} year={carryYear} />}
            {children(row, i)}
            {i < rows.length && (
              <RemoveBox name={`${prefix}-${i}-remove`} label={removeLabel(i + 1)} checked={row.remove} />
            )}
          </fieldset>
        )
      })}
      {after}
    </section>
  )
}

type RowsProps = { values: ReportValues; errors: FieldErrors; marks: CarryMarks | null; after?: ReactNode }

/** The report's climate hazards, one fieldset per row. */
export function HazardRows({ values, errors, marks, after }: RowsProps) {
  return (
    <RowSection
      carried={(i) => marks?.hazards[i] ?? false}
      carryYear={marks?.year}
      after={after}
      id="hazards"
      heading="Climate hazards"
      intro="Each hazard your community faces, its risk level, the impacts you expect and the groups most vulnerable to it. Empty rows are ignored; save to get more rows."
      rows={values.hazards}
      blank={blankHazard}
      noun="Hazard"
      prefix="hazard"
      removeLabel={(n) => `Remove hazard ${n} when saving`}
    >
      {(h, i) => {
        const f = bindFields(h, errors, `hazard-${i}`)
        return (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              {HAZARD_SELECTS.map(({ field, ...select }) => (
                <SelectField key={field} {...f(field)} {...select} width="fill" />
              ))}
            </div>
            <TextAreaField {...f('expectedImpact')} label="Expected impact" rows={3} />
            <Field
              {...f('vulnerableGroups')}
              label="Vulnerable groups"
              hint="For example: older adults, outdoor workers, low-income households."
              width="fill"
            />
          </>
        )
      }}
    </RowSection>
  )
}

/** The report's plans and actions, one fieldset per row. */
export function ActionRows({ values, errors, marks, after }: RowsProps) {
  return (
    <RowSection
      carried={(i) => marks?.actions[i] ?? false}
      carryYear={marks?.year}
      after={after}
      id="actions"
      heading="Plans and actions"
      intro="Climate action plans (mitigation and adaptation) and the actions you take. A plan needs the link to the adopted document and its adoption date. Empty rows are ignored; save to get more rows."
      rows={values.actions}
      blank={blankAction}
      noun="Plan or action"
      prefix="action"
      removeLabel={(n) => `Remove item ${n} when saving`}
    >
      {(a, i) => {
        const f = bindFields(a, errors, `action-${i}`)
        return (
          <>
            <Field {...f('title')} label="Title" width="fill" />
            <div className="grid gap-4 sm:grid-cols-2">
              {ACTION_SELECTS.map(({ field, ...select }) => (
                <SelectField key={field} {...f(field)} {...select} width="fill" />
              ))}
            </div>
            <Field
              {...f('url')}
              label="Link (https)"
              type="url"
              hint="The published plan or a page about the action, starting with https://"
              width="fill"
            />
            <Field
              {...f('adoptedAt')}
              label="Adoption date"
              type="date"
              hint="Year, month and day, such as 2025-03-31"
              width="fill"
            />
          </>
        )
      }}
    </RowSection>
  )
}
