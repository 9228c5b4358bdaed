import { Writable } from 'node:stream'
import { createLogger, setRootLogger } from '@/lib/log/logger.mjs'

export type LogLine = Record<string, unknown> & { level: string; msg?: string; requestId?: string }

/**
 * Sends what the site logs to memory instead of stdout, for loggers made after this call (import the code
 * under test afterwards, or after vi.resetModules()). `text` is the raw output, as an operator would see it.
 */
export function captureLogs(level = 'info') {
  const raw: string[] = []
  const destination = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk))
      done()
    },
  })
  const previous = setRootLogger(createLogger({ level, destination }))
  return {
    get text() {
      return raw.join('')
    },
    get lines(): LogLine[] {
      return raw
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as LogLine)
    },
    restore() {
      setRootLogger(previous)
    },
  }
}
