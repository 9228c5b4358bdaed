'use client'

import type { ReactNode } from 'react'
import { useFormStatus } from 'react-dom'
import { buttonClass } from './button-styles'

const styles = buttonClass

/** A submit button that names what it does (name="intent"), so one form can preview, save or publish. */
export function IntentButton({
  intent,
  children,
  variant = 'secondary',
}: {
  intent: string
  children: ReactNode
  variant?: keyof typeof styles
}) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} className={styles[variant]}>
      {children}
    </button>
  )
}
