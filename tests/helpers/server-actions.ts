// The app's server actions, found rather than listed: every file under src/app and src/server that starts
// with 'use server', and each function it exports. Tests that cover "every action" enumerate these, so a
// new action without a row in their table fails them. Also: calling an action as a form does, and naming
// what the call came to (a returned state, Next's redirect or not-found, an AppError, or anything else).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { AppError } from '@/server/errors'

const root = path.resolve(import.meta.dirname, '../..')

export type Action = (...args: unknown[]) => Promise<unknown>
export type ServerAction = {
  /** The file, relative to the repository: src/app/admin/content/actions.ts */
  file: string
  /** The exported name: saveContentAction */
  name: string
  fn: Action
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') yield* walk(full)
    } else if (/\.tsx?$/.test(entry.name)) yield full
  }
}

/** The files whose first statement is the 'use server' directive, relative to the repository. */
export function serverActionFiles(): string[] {
  const directive = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use server['"]/
  return ['src/app', 'src/server']
    .flatMap((dir) => [...walk(path.join(root, dir))])
    .filter((file) => directive.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(root, file))
    .sort()
}

/** Every exported function of the 'use server' files `only` keeps (all by default); types are not actions. */
export async function loadServerActions(
  only: (file: string) => boolean = () => true,
): Promise<ServerAction[]> {
  const found: ServerAction[] = []
  for (const file of serverActionFiles().filter(only)) {
    const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>
    for (const [name, fn] of Object.entries(exports))
      if (typeof fn === 'function') found.push({ file, name, fn: fn as Action })
  }
  return found
}

/** Calls an action as a form does: (form) for a plain action, (previous state, form) for useActionState. */
export function callAction(fn: Action, form: FormData): Promise<unknown> {
  return fn.length >= 2 ? fn(null, form) : fn(form)
}

export type ActionOutcome =
  | { kind: 'state'; state: unknown }
  | { kind: 'redirect'; url: string }
  | { kind: 'not-found' }
  | { kind: 'app-error'; code: string }
  | { kind: 'thrown'; error: unknown }

/** What a call came to; Next's redirect() and notFound() are thrown errors recognised by their digest. */
export async function outcomeOf(call: Promise<unknown>): Promise<ActionOutcome> {
  try {
    return { kind: 'state', state: await call }
  } catch (e) {
    if (e instanceof AppError) return { kind: 'app-error', code: e.code }
    const digest = (e as { digest?: unknown } | null)?.digest
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT'))
      return { kind: 'redirect', url: digest.split(';')[2] ?? '' }
    if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return { kind: 'not-found' }
    return { kind: 'thrown', error: e }
  }
}

/** A form as a browser posts it: a list's values under one repeated name. */
export function formOf(fields: Record<string, string | string[]>): FormData {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one)
  return f
}

/** What an action ended in, as plain values to compare: its returned state, `redirect:<url>`, or an AppError's code. */
export async function runAction<T>(action: Promise<T>): Promise<T | string> {
  try {
    return await action
  } catch (e) {
    if (e instanceof AppError) return e.code
    const digest = (e as { digest?: string }).digest
    if (digest?.startsWith('NEXT_REDIRECT')) return `redirect:${digest.split(';')[2]}`
    throw e
  }
}
