// Session stand-in and form helpers for the staff municipality tests.
import { AppError } from '@/server/errors'

export function form(fields: Record<string, string>) {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.append(k, v)
  return f
}

/** What an action ended in: the redirect target, a refusal code, or its returned state. */
export async function run<T>(action: Promise<T>): Promise<T | string> {
  try {
    return await action
  } catch (e) {
    if (e instanceof AppError) return e.code
    const digest = (e as { digest?: string }).digest
    if (digest?.startsWith('NEXT_REDIRECT')) return `redirect:${digest.split(';')[2]}`
    throw e
  }
}

export async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text()
}
