import 'server-only'
import { AppError } from '@/server/errors'

/**
 * A guard's refusal: an AppError (pages and route handlers that catch one work as before) that Next.js also
 * reads as unauthorized() / forbidden() by its digest, so a refused server action is answered 401 / 403 with
 * the unauthorized or forbidden page instead of a 500 (src/app/unauthorized.tsx, forbidden.tsx).
 */
export function refusal(code: 'UNAUTHENTICATED' | 'FORBIDDEN'): AppError {
  const error = new AppError(code)
  return Object.assign(error, { digest: `NEXT_HTTP_ERROR_FALLBACK;${error.status}` })
}
