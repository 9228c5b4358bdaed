import 'server-only'
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/outage'

/**
 * The database did not answer (refused, dropped or timed-out connections, a server shutting down). Its digest
 * reaches the error pages, which then say the site is temporarily unavailable (decision 0012). Deliberately not
 * an AppError: Prisma passes an error from its driver adapter on unchanged only when it has no `code`.
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST
  readonly status = 503
  constructor(cause: unknown) {
    // For the logs only: visitors see the outage text (src/lib/outage.ts), never this.
    super('The database is not answering', { cause })
    this.name = 'DatabaseUnavailableError'
  }
}

export function isDatabaseUnavailable(e: unknown): e is DatabaseUnavailableError {
  return e instanceof DatabaseUnavailableError
}
