import type { InputHTMLAttributes } from 'react'
import { fieldId } from './error-summary'

export const inputClass = 'mt-1 block w-full rounded border-2 border-ink px-3 py-2'

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} className="mt-1 font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  )
}

type FieldProps = {
  name: string
  label: string
  hint?: string
  error?: string
  width?: 'full' | 'md' | 'sm'
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

const widths = { full: 'max-w-xl', md: 'max-w-sm', sm: 'max-w-40' }

/** A labelled input with its hint and error, both tied to it by aria-describedby. */
export function Field({ name, label, hint, error, width = 'full', className, ...input }: FieldProps) {
  const id = fieldId(name)
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'border-l-4 border-red-700 pl-4' : undefined}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`${inputClass} ${widths[width]} ${className ?? ''}`}
        {...input}
      />
    </div>
  )
}
