import { fieldId } from '@/components/forms/error-summary'
import { FieldError, inputClass } from '@/components/forms/field'

type Props = {
  name: string
  label: string
  hint?: string
  error?: string
  defaultValue: string
  options: { value: string; label: string }[]
}

/** A labelled select with its hint and error, tied to it like Field's input. */
export function SelectField({ name, label, hint, error, defaultValue, options }: Props) {
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
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`${inputClass} max-w-sm`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
