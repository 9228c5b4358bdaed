'use client'

import type { ReactNode } from 'react'
import { useFormStatus } from 'react-dom'

/** The form's main button; while the form is sending it says so and cannot be pressed twice. */
export function SubmitButton({
  children,
  name,
  value,
}: {
  children: ReactNode
  name?: string
  value?: string
}) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending || undefined}
      className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
    >
      {children}
    </button>
  )
}
