import type { Instrumentation } from 'next'
import { currentRequestId, firstReport, requestIdFrom, rootLogger } from './logger.mjs'

type Args = Parameters<Instrumentation.onRequestError>

/**
 * The one log line for an error no code caught while handling a request (instrumentation's onRequestError):
 * where it happened, the request id, and the digest the error page shows the visitor as its reference, so
 * staff can find the line a visitor quotes. An AppError (a refusal such as FORBIDDEN) is a warning. Logged
 * once: Next.js may report the same error again for the same request.
 */
export function logRequestError(...[error, request, context]: Args) {
  const header = request.headers['x-request-id']
  const requestId = header ? requestIdFrom(header) : (currentRequestId() ?? requestIdFrom(undefined))
  if (!firstReport(error, requestId)) return
  const { digest, name, code } = (error ?? {}) as { digest?: unknown; name?: unknown; code?: unknown }
  const expected = name === 'AppError'
  rootLogger()[expected ? 'warn' : 'error'](
    {
      component: 'request',
      requestId,
      method: request.method,
      path: request.path,
      routePath: context.routePath,
      routeType: context.routeType,
      renderSource: context.renderSource,
      revalidateReason: context.revalidateReason,
      digest: typeof digest === 'string' ? digest : undefined,
      code: expected ? code : undefined,
      err: error,
    },
    expected ? 'request refused' : 'request failed',
  )
}
