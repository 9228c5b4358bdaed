import 'server-only'

// The only errors whose messages reach a user. Anything else is logged and shown as a generic message.
export const AppErrorCode = {
  NOT_FOUND: { status: 404, message: 'We could not find that.' },
  UNAUTHENTICATED: { status: 401, message: 'Please sign in to continue.' },
  FORBIDDEN: { status: 403, message: 'You do not have permission to do that.' },
  INVALID_INPUT: { status: 400, message: 'Some answers need correcting.' },
  CONFLICT: { status: 409, message: 'That has changed since you opened it. Please reload and try again.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send a JSON body (Content-Type: application/json).' },
  RATE_LIMITED: { status: 429, message: 'Too many attempts. Please wait a few minutes and try again.' },
  EXPIRED: { status: 410, message: 'This link has expired.' },
  UNAVAILABLE: { status: 503, message: 'The service is temporarily unavailable. Please try again shortly.' },
} as const

export type AppErrorCode = keyof typeof AppErrorCode

/**
 * What a caller branches on, never the message's words: `reason` names the case ('last-admin'),
 * `field` the form field it concerns, `items` the particulars (the blocking records of a merge).
 */
export type AppErrorDetail = { reason?: string; field?: string; items?: string[] }

export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly detail: AppErrorDetail = {},
  ) {
    super(message ?? AppErrorCode[code].message)
    this.name = 'AppError'
    this.status = AppErrorCode[code].status
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}

/** Text that is safe to show a user for any error. */
export function userMessage(e: unknown): string {
  return isAppError(e) ? e.message : 'Something went wrong on our side. Please try again later.'
}

/** Prisma's answer to a write that breaks a unique constraint (P2002), on either database. */
export const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === 'P2002'
