import 'server-only'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { env } from '@/lib/env'

let secret: string | undefined

function readOrCreate(file: string): string {
  try {
    const existing = readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
  const created = randomBytes(32).toString('base64url')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${created}\n`, { mode: 0o600 })
  return created
}

/**
 * The key that signs and encrypts session cookies. Production must set AUTH_SECRET; development and
 * tests fall back to a random key kept in data/.auth-secret, so sessions survive a restart.
 */
export function resolveAuthSecret(): string {
  if (secret) return secret
  const { AUTH_SECRET, NODE_ENV } = env()
  if (AUTH_SECRET) return (secret = AUTH_SECRET)
  if (NODE_ENV === 'production') {
    throw new Error(
      'AUTH_SECRET must be set in production (at least 32 characters, e.g. `openssl rand -base64 32`).',
    )
  }
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data/.auth-secret')
  return (secret = readOrCreate(file))
}
