import 'server-only'
import { AppError, type AppErrorCode } from '@/server/errors'

/**
 * The one JSON error shape of every route handler: `{ error: { code, message } }` with the error's status
 * (code in lower case: "not_found", "rate_limited"). Never cached.
 */
export function jsonError(
  error: AppError | AppErrorCode,
  { message, headers }: { message?: string; headers?: Record<string, string> } = {},
): Response {
  const e = typeof error === 'string' ? new AppError(error, message) : error
  return Response.json(
    { error: { code: e.code.toLowerCase(), message: e.message } },
    { status: e.status, headers: { 'Cache-Control': 'no-store', ...headers } },
  )
}
