// One reading of DATABASE_URL for the scripts (the app has its own in src/lib/env.ts).
import path from 'node:path'

export const DEFAULT_DATABASE_URL = 'file:./data/leadership.db'

export function databaseUrl() {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL
}

/** "sqlite" for file: URLs, "postgres" for postgres:// and postgresql:// URLs. */
export function providerOf(url) {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  throw new Error(`DATABASE_URL must start with file: or postgres://, got "${url.split(':')[0]}:"`)
}

/** Absolute path of a file: URL, relative paths taken from the project root (the cwd of npm scripts). */
export function sqlitePath(url) {
  const p = url.slice('file:'.length)
  return path.isAbsolute(p) ? p : path.resolve(process.cwd(), p)
}
