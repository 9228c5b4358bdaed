import type { Instrumentation } from 'next'

// Runs once when a server starts: a bad environment stops start-up here, naming the variable. Then every
// request gets a request id for the log (src/lib/log/logger.mjs), and in production Next.js's own console
// output goes through the same JSON logger.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env')
    const { NODE_ENV } = env()
    const { installRequestIds, routeConsoleToLogger } = await import('./lib/log/logger.mjs')
    installRequestIds()
    if (NODE_ENV === 'production') routeConsoleToLogger()
    // Loaded now so that the first request error is logged without waiting for a chunk to load.
    await import('./lib/log/log-request-error')
  }
}

// Every error no code caught while handling a request, logged once with its context.
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { logRequestError } = await import('./lib/log/log-request-error')
    logRequestError(...args)
  }
}
