'use client'

import { useEffect, useRef } from 'react'

export type Problem = { field: string; message: string }

/**
 * The GOV.UK error summary: at the top of the form, takes focus when it appears, links to each field.
 * Without JavaScript it is still rendered and announced first in reading order.
 */
export function ErrorSummary({
  errors: fieldErrors,
  formError,
  order = [],
}: {
  errors: Record<string, string>
  formError?: string
  order?: string[]
}) {
  const ref = useRef<HTMLDivElement>(null)
  const errors = formError ? { form: formError, ...fieldErrors } : fieldErrors
  const fields = Object.keys(errors).sort((a, b) => rank(order, a) - rank(order, b))
  const signature = fields.map((f) => `${f}:${errors[f]}`).join('|')

  useEffect(() => {
    if (signature) ref.current?.focus()
  }, [signature])

  if (fields.length === 0) return null
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-red-700 p-4"
    >
      <h2 id="error-summary-title" className="text-xl">
        There is a problem
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {fields.map((f) => (
          <li key={f} className="font-semibold text-red-700">
            {/* "form" errors concern the whole form, so there is no field to link to. */}
            {f === 'form' ? (
              errors[f]
            ) : (
              <a href={`#${fieldId(f)}`} className="text-red-700">
                {errors[f]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

function rank(order: string[], field: string) {
  const i = order.indexOf(field)
  return i === -1 ? order.length : i
}

/** The id of a field's input (for radios and checkboxes, the first option), which summary links target. */
export function fieldId(name: string) {
  return `f-${name}`
}
