import 'server-only'
import { createHash, randomBytes } from 'node:crypto'

/** A new single-use secret for an emailed link (32 random bytes, 43 base64url characters). */
export function createToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Only the hash is stored: a copy of the database does not hold working links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A token looks like ours (43 base64url characters) before any database lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token)
}
