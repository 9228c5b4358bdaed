import type { ReactNode } from 'react'
import { fieldId } from './error-summary'
import { HintAndError, controlProps } from './field'

export type Choice = { value: string; label: ReactNode; hint?: ReactNode }

type ChoicesProps = {
  name: string
  legend: ReactNode
  hint?: string
  error?: string
  options: Choice[]
  legendAsHeading?: boolean
  /** The legend's look when it is neither a label nor the page's heading (a section's title). */
  legendClassName?: string
}

function Choices({
  type,
  name,
  legend,
  hint,
  error,
  options,
  checked,
  legendAsHeading,
  legendClassName,
}: ChoicesProps & { type: 'radio' | 'checkbox'; checked: (value: string) => boolean }) {
  const id = fieldId(name)
  return (
    <fieldset
      aria-describedby={controlProps(name, { hint, error })['aria-describedby']}
      className={error ? 'border-l-4 border-red-700 pl-4' : undefined}
    >
      <legend className={legendClassName ?? (legendAsHeading ? 'text-2xl font-bold' : 'font-semibold')}>
        {legendAsHeading ? <h1>{legend}</h1> : legend}
      </legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="mt-2 space-y-3">
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${i}`
          return (
            <div key={o.value} className="flex items-start gap-3">
              <input
                id={optionId}
                type={type}
                name={name}
                value={o.value}
                defaultChecked={checked(o.value)}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                className="mt-1 size-6 shrink-0 accent-brand-700"
              />
              <label htmlFor={optionId}>
                {o.label}
                {o.hint && (
                  <span id={`${optionId}-hint`} className="block text-muted">
                    {o.hint}
                  </span>
                )}
              </label>
            </div>
          )
        })}
      </div>
    </fieldset>
  )
}

/** One choice among several, as a fieldset of radio buttons. */
export function Radios(props: ChoicesProps & { defaultValue?: string }) {
  return <Choices {...props} type="radio" checked={(v) => v === props.defaultValue} />
}

/** Any number of choices, as a fieldset of checkboxes. */
export function Checkboxes(props: ChoicesProps & { defaultValues?: string[] }) {
  return <Choices {...props} type="checkbox" checked={(v) => props.defaultValues?.includes(v) ?? false} />
}
