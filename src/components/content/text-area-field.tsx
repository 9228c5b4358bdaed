import type { TextareaHTMLAttributes } from 'react'
import { fieldId } from '@/components/forms/error-summary'
import { FieldError, inputClass } from '@/components/forms/field'

type Props = {
  name: string
  label: string
  hint?: string
  error?: string
  mono?: boolean
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>

/** A labelled textarea with its hint and error tied to it, like Field for inputs. */
export function TextAreaField({ name, label, hint, error, mono, className, ...rest }: Props) {
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
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`${inputClass} ${mono ? 'font-mono text-sm' : ''} ${className ?? ''}`}
        {...rest}
      />
    </div>
  )
}
