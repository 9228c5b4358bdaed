import type { z } from 'zod'

// The state every form action answers (src/server/action.ts), shared by the forms that render it.

/** The first message for each field, keyed by the field's name. */
export type FieldErrors = Record<string, string>

/** The values typed (shown again), the first error per field, a message for the whole form. */
export type FormState<V, X = object> = { values: V; fieldErrors: FieldErrors; formError?: string } & X

/**
 * zod issues as one message per field (the first), keyed by the issue path's first segment, or by the
 * name `rename` gives that segment; issues without a path, or renamed to 'form', are the form's message.
 */
export function issuesByField(
  error: z.ZodError,
  rename: Record<string, string> = {},
): { fieldErrors: FieldErrors; formError?: string } {
  const fieldErrors: FieldErrors = {}
  let formError: string | undefined
  for (const issue of error.issues) {
    const first = issue.path[0] === undefined ? 'form' : String(issue.path[0])
    const field = rename[first] ?? first
    if (field === 'form') formError ??= issue.message
    else fieldErrors[field] ??= issue.message
  }
  return formError === undefined ? { fieldErrors } : { fieldErrors, formError }
}
