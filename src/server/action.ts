import 'server-only'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import type { z } from 'zod'
import { issuesByField, type FieldErrors, type FormState } from '@/lib/form-state'
import { refusedPath } from '@/lib/refused-path'
import { recordId } from '@/schemas/id'
import { AppError, isAppError, userMessage } from '@/server/errors'

/**
 * The one way to write a server action (issue 15): guard -> read -> parse (zod) -> run -> state.
 * - The guard runs first, every time, before anything is read from the form: a refused caller learns nothing.
 * - A refusal (no session, no permission) is never an answer to a form: with JavaScript it is thrown and
 *   Next.js answers 401/403 with the unauthorized/forbidden page; without JavaScript (a plain form post,
 *   where Next.js would answer 404: vercel/next.js#62228) it is sent on to /refused, which the proxy answers
 *   401 (with a sign-in link back to the form's page) or 403.
 * - Field errors come back as data with what was typed; other AppErrors become the form's message (or the
 *   action's own `refused` answer); anything else is a bug and is thrown (logged, generic page).
 * - A call whose last argument is not FormData (a hand-made request) names no form: 404.
 */

export { issuesByField, type FieldErrors, type FormState } from '@/lib/form-state'

/** The form's text value `key`, at most `max` characters ('' when absent or a file). */
export function formText(form: FormData, key: string, max = 10_000): string {
  const value = form.get(key)
  return typeof value === 'string' ? value.slice(0, max) : ''
}

/**
 * The file chosen in the form's file field `key`, as bytes and the name the browser sent; null when none was
 * chosen. A form posts an empty part then, unnamed without JavaScript and named by React's encoding with it
 * (measured: the name is not empty), so an empty part is no file whatever its name. What the bytes are is the
 * domain's check.
 */
export async function formFile(
  form: FormData,
  key: string,
): Promise<{ bytes: Uint8Array; filename: string } | null> {
  const value = form.get(key)
  if (!(value instanceof File) || value.size === 0) return null
  return { bytes: new Uint8Array(await value.arrayBuffer()), filename: value.name.slice(0, 300) }
}

/**
 * The record id in the form's hidden field `name`; a malformed one (a tampered form) redirects to `missing`, the
 * page that says the record is not there. Whether the row exists is the domain function's answer.
 */
export function formRecordId(form: FormData, name: string, missing: string): string {
  const parsed = recordId.safeParse(formText(form, name, 200))
  if (!parsed.success) redirect(missing)
  return parsed.data
}

/** Every text value of a repeated field (checkboxes), each at most `max` characters. */
export function formTexts(form: FormData, key: string, max = 200): string[] {
  return form
    .getAll(key)
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.slice(0, max))
}

/** True for the AppErrors that mean "not you": they are thrown, never shown inside a form. */
export function isRefusal(e: unknown): e is AppError {
  return isAppError(e) && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN')
}

// Without JavaScript the post is sent on to /refused, which the proxy answers 401 (with a sign-in link back to
// the form's page) or 403.
async function refuse(e: AppError): Promise<never> {
  const plain = await plainFormPost()
  if (!plain) throw e
  if (e.code === 'UNAUTHENTICATED') redirect(refusedPath('signed-out', plain.path))
  redirect(refusedPath('forbidden'))
}

// A plain form post (no JavaScript) carries no Next-Action header: the action id travels in the body. The
// proxy names the page posted to (x-request-path, set from the URL, never taken from the client).
// Outside a request (an action called from a test or a script) there are no headers: throw as with JS.
async function plainFormPost(): Promise<{ path: string | null } | null> {
  let requestHeaders: Headers
  try {
    requestHeaders = await headers()
  } catch {
    return null
  }
  return requestHeaders.get('next-action') ? null : { path: requestHeaders.get('x-request-path') }
}

type Shared<User, Values, Data> = {
  /** Who may call: resolves to the caller or throws a refusal. Receives the form only to read a scope. */
  guard: (form: FormData) => Promise<User>
  /** The values typed, as the form shows them again (bounded text). */
  read: (form: FormData) => Values
  /** Inputs parsed with the values but never sent back to the browser (a password). */
  secret?: (form: FormData) => Record<string, unknown>
  /** Parses the values (and secrets); absent when `run` takes the values as they are. */
  schema?: z.ZodType<Data>
  /** Renames issue paths to field names ('form' for the form's message). */
  rename?: Record<string, string>
}

type RunContext<User, Values, Data, Prev> = {
  user: User
  values: Values
  data: Data
  form: FormData
  prev: Prev
}

/**
 * An action for `useActionState`: `(previous state, form) => state` (or a redirect from `run`). The state
 * is a FormState whose other members are optional: a refused parse answers only values and errors.
 */
export function formAction<User, Values, Data, State extends FormState<Values>>(
  spec: Shared<User, Values, Data> & {
    run: (ctx: RunContext<User, Values, Data, State | null>) => Promise<State>
    /** The answer to an AppError a person can act on (undefined: the error's message for the form). */
    refused?: (e: AppError, ctx: { values: Values; prev: State | null }) => State | undefined
    /** Members added to every answer, run's included (e.g. a counter the form keys on). */
    extra?: (prev: State | null) => Partial<State>
    /** An answer given before parsing, after the guard (an editor's Preview of what was typed). */
    preview?: (ctx: { values: Values; form: FormData }) => State | undefined
  },
) {
  return async (prev: State | null, form: FormData): Promise<State> => {
    if (!(form instanceof FormData)) notFound()
    const user = await guarded(spec.guard, form)
    const values = spec.read(form)
    const preview = spec.preview?.({ values, form })
    if (preview) return preview
    const extra = spec.extra?.(prev)
    const parsed = parse(spec, values, form)
    if (!parsed.success) return { ...extra, values, ...parsed.errors } as State
    try {
      return { ...extra, ...(await spec.run({ user, values, data: parsed.data, form, prev })) }
    } catch (e) {
      if (isRefusal(e)) return refuse(e)
      if (!isAppError(e)) throw e
      return (
        spec.refused?.(e, { values, prev }) ??
        ({ ...extra, values, fieldErrors: {}, formError: userMessage(e) } as State)
      )
    }
  }
}

/**
 * An action for a plain button form (`<form action={…}>`) whose outcome is a page to go to: `run` answers
 * the address, `refused` the address for an AppError a person can act on (thrown when absent).
 */
export function buttonAction<User, Values, Data = Values>(
  spec: Shared<User, Values, Data> & {
    run: (ctx: RunContext<User, Values, Data, undefined>) => Promise<string>
    /** Where a refused parse goes (a tampered form). */
    invalid: (ctx: { values: Values; form: FormData }) => string
    refused?: (e: AppError, ctx: { values: Values; form: FormData }) => string
  },
) {
  return async (form: FormData): Promise<void> => {
    if (!(form instanceof FormData)) notFound()
    const user = await guarded(spec.guard, form)
    const values = spec.read(form)
    const parsed = parse(spec, values, form)
    if (!parsed.success) redirect(spec.invalid({ values, form }))
    let to: string
    try {
      to = await spec.run({ user, values, data: parsed.data, form, prev: undefined })
    } catch (e) {
      if (isRefusal(e)) return refuse(e)
      if (!isAppError(e) || !spec.refused) throw e
      to = spec.refused(e, { values, form })
    }
    redirect(to)
  }
}

/** A `refused` answer: a record the form edits that is not there (or not the caller's) is a missing page. */
export function missingPage(e: AppError): undefined {
  if (e.code === 'NOT_FOUND') notFound()
  return undefined
}

/** No guard: the action is open to anyone (signing in, a pledge, a password reset); rate limits apply inside. */
export const anyone = async (): Promise<null> => null

async function guarded<User>(guard: (form: FormData) => Promise<User>, form: FormData): Promise<User> {
  try {
    return await guard(form)
  } catch (e) {
    if (isRefusal(e)) return refuse(e)
    // A guard that finds nothing in scope (an unknown slug) refuses like a missing page.
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  }
}

function parse<Values, Data>(
  spec: Pick<Shared<unknown, Values, Data>, 'schema' | 'rename' | 'secret'>,
  values: Values,
  form: FormData,
):
  | { success: true; data: Data }
  | { success: false; errors: { fieldErrors: FieldErrors; formError?: string } } {
  if (!spec.schema) return { success: true, data: values as unknown as Data }
  const parsed = spec.schema.safeParse(spec.secret ? { ...values, ...spec.secret(form) } : values)
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, errors: issuesByField(parsed.error, spec.rename) }
}
