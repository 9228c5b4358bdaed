import 'server-only'
import type { Logger } from 'pino'
import { rootLogger } from '@/lib/log/logger.mjs'

export type { Logger }

/**
 * The server's logger (src/lib/log/logger.mjs): JSON lines on stdout, secrets redacted, and the request id
 * on every line written while a request is handled. Name the part of the site that writes:
 * `logger('mail').error({ err }, 'pledge confirmation email failed')`.
 */
export function logger(component: string): Logger {
  return rootLogger().child({ component })
}
