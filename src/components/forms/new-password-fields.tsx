import { PASSWORD_MIN_LENGTH } from '@/schemas/auth'
import { Field } from './field'

/** A new password and the same again (fields `password` and `confirmPassword`), as browsers expect them. */
export function NewPasswordFields({
  label,
  againLabel,
  errors,
}: {
  label: string
  againLabel: string
  errors: { password?: string; confirmPassword?: string }
}) {
  return (
    <>
      <Field
        name="password"
        label={label}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
        type="password"
        autoComplete="new-password"
        error={errors.password}
        width="md"
      />
      <Field
        name="confirmPassword"
        label={againLabel}
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword}
        width="md"
      />
    </>
  )
}
