'use client'

import { Radios } from '@/components/forms/choices'
import type { TargetType } from '@/lib/domain/target-path'
import { TARGET_TYPES } from '@/schemas/targets'

/** Picks the target type with a plain GET form: the page then shows that type's fields. */
export function TypeChooser({ action, current }: { action: string; current?: TargetType }) {
  return (
    <form method="get" action={action} className="mt-6 space-y-6">
      <Radios
        name="type"
        legend="Type of target"
        hint="The four target types of the Common Reporting Framework."
        defaultValue={current}
        options={Object.entries(TARGET_TYPES).map(([value, t]) => ({ value, label: t.label, hint: t.hint }))}
      />
      <button
        type="submit"
        className="rounded border-2 border-brand-700 px-5 py-2 font-semibold text-brand-800"
      >
        Continue
      </button>
    </form>
  )
}
