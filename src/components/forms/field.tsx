import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'
import { fieldId } from './error-summary'

export const inputClass = 'mt-1 block w-full rounded border-2 border-ink px-3 py-2'

// "fill" takes the width of its container (a grid cell, a table cell).
const widths = { full: 'max-w-xl', md: 'max-w-sm', sm: 'max-w-40', fill: '' }
type Width = keyof typeof widths

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} className="mt-1 font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  )
}

/** A field's hint and error, under its label or legend; `id` is the control's (or the first option's). */
export function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </>
  )
}

/**
 * The attributes that name a control and tie it to its hint and error (`before` names other
 * descriptions, read first). The id is the one the error summary links to.
 */
export function controlProps(
  name: string,
  {
    hint,
    error,
    before,
    id = fieldId(name),
  }: { hint?: unknown; error?: string; before?: string; id?: string },
) {
  const described = [before, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')
  return {
    id,
    name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  }
}

type FrameProps = {
  name: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  /** When a page holds the same form more than once: the control's id, which the summary links to. */
  id?: string
}

/** The labelled-field frame: label, hint and error above the control, a red bar while it is wrong. */
export function FieldFrame({
  name,
  label,
  hint,
  error,
  id = fieldId(name),
  children,
}: FrameProps & { children: ReactNode }) {
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  )
}

type FieldProps = FrameProps & { width?: Width } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

/** A labelled input with its hint and error, both tied to it by aria-describedby. */
export function Field({ name, label, hint, error, id, width = 'full', className, ...input }: FieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} id={id}>
      <input
        {...controlProps(name, { hint, error, id })}
        className={`${inputClass} ${widths[width]} ${className ?? ''}`}
        {...input}
      />
    </FieldFrame>
  )
}

type Options = Record<string, string> | readonly { value: string; label: string }[]

type SelectFieldProps = FrameProps & {
  options: Options
  /** The first option, with an empty value: what to choose when nothing is chosen yet. */
  blank?: string
  width?: Width
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'>

/** A labelled select with its hint and error, tied to it like Field's input. */
export function SelectField({
  name,
  label,
  hint,
  error,
  id,
  options,
  blank,
  width = 'md',
  className,
  ...select
}: SelectFieldProps) {
  const list = Array.isArray(options)
    ? (options as readonly { value: string; label: string }[])
    : Object.entries(options).map(([value, text]) => ({ value, label: text }))
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} id={id}>
      <select
        {...controlProps(name, { hint, error, id })}
        className={`${inputClass} ${widths[width]} ${className ?? ''}`}
        {...select}
      >
        {blank !== undefined && <option value="">{blank}</option>}
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

type TextAreaFieldProps = FrameProps & {
  mono?: boolean
  width?: Width
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>

/** A labelled textarea with its hint and error, tied to it like Field's input. */
export function TextAreaField({
  name,
  label,
  hint,
  error,
  id,
  mono,
  width = 'fill',
  className,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} id={id}>
      <textarea
        {...controlProps(name, { hint, error, id })}
        className={`${inputClass} ${widths[width]} ${mono ? 'font-mono text-sm' : ''} ${className ?? ''}`}
        {...textarea}
      />
    </FieldFrame>
  )
}
